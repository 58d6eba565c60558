variable "name" {
  description = "Replication group name, e.g. getit-production."
  type        = string
}

variable "vpc_id" {
  description = "VPC of the cache."
  type        = string
}

variable "subnet_ids" {
  description = "Data subnets for the cache subnet group."
  type        = list(string)
}

variable "client_security_group_id" {
  description = "Security group of the EKS nodes and pods allowed to connect."
  type        = string
}

variable "engine_version" {
  description = "Redis engine version."
  type        = string
  default     = "7.1"
}

variable "node_type" {
  description = "ElastiCache node type."
  type        = string
  default     = "cache.t4g.medium"
}

variable "replicas" {
  description = "Read replicas next to the primary; 1 or more enables automatic failover."
  type        = number
  default     = 1
}

variable "secrets_prefix" {
  description = "Secrets Manager prefix; the gateway's REDIS_URL goes to <prefix>/gateway."
  type        = string
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
