variable "name" {
  description = "Domain name (3 to 28 lowercase characters), e.g. getit-production."
  type        = string
}

variable "vpc_id" {
  description = "VPC of the domain."
  type        = string
}

variable "subnet_ids" {
  description = "Three data subnets, one per availability zone."
  type        = list(string)
}

variable "client_security_group_id" {
  description = "Security group of the EKS nodes and pods allowed to connect."
  type        = string
}

variable "engine_version" {
  description = "OpenSearch engine version."
  type        = string
  default     = "OpenSearch_2.19"
}

variable "instance_type" {
  description = "Data node instance type."
  type        = string
  default     = "r7g.large.search"
}

variable "instance_count" {
  description = "Data nodes; a multiple of three keeps the zones balanced."
  type        = number
  default     = 3
}

variable "dedicated_master" {
  description = "Run three dedicated cluster-manager nodes."
  type        = bool
  default     = true
}

variable "master_instance_type" {
  description = "Instance type of the dedicated cluster managers."
  type        = string
  default     = "m7g.large.search"
}

variable "volume_gb" {
  description = "EBS volume per data node in GiB."
  type        = number
  default     = 50
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
