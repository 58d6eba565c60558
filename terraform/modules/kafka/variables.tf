variable "name" {
  description = "Cluster name, e.g. getit-production."
  type        = string
}

variable "vpc_id" {
  description = "VPC of the brokers."
  type        = string
}

variable "subnet_ids" {
  description = "Three data subnets, one broker in each."
  type        = list(string)
}

variable "client_security_group_id" {
  description = "Security group of the EKS nodes and pods allowed to connect."
  type        = string
}

variable "kafka_version" {
  description = "Apache Kafka version of the MSK cluster."
  type        = string
  default     = "3.8.x"
}

variable "broker_instance_type" {
  description = "MSK broker instance type."
  type        = string
  default     = "kafka.m7g.large"
}

variable "broker_volume_gb" {
  description = "EBS volume per broker in GiB."
  type        = number
  default     = 100
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
