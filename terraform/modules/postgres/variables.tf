variable "name" {
  description = "Name prefix, e.g. getit-production."
  type        = string
}

variable "databases" {
  description = "Services that own a database; one RDS instance each."
  type        = set(string)
}

variable "vpc_id" {
  description = "VPC of the instances."
  type        = string
}

variable "subnet_ids" {
  description = "Data subnets for the DB subnet group."
  type        = list(string)
}

variable "client_security_group_id" {
  description = "Security group of the EKS nodes and pods allowed to connect."
  type        = string
}

variable "engine_version" {
  description = "PostgreSQL version."
  type        = string
  default     = "17.5"
}

variable "instance_class" {
  description = "RDS instance class."
  type        = string
  default     = "db.t4g.medium"
}

variable "allocated_storage_gb" {
  description = "Initial storage in GiB; autoscaling may grow it to five times this."
  type        = number
  default     = 20
}

variable "multi_az" {
  description = "Keep a synchronous standby in another availability zone."
  type        = bool
  default     = true
}

variable "backup_retention_days" {
  description = "Days of automated backups and point-in-time recovery."
  type        = number
  default     = 14
}

variable "deletion_protection" {
  description = "Refuse to delete the instances (and take a final snapshot when they are)."
  type        = bool
  default     = true
}

variable "secrets_prefix" {
  description = "Secrets Manager prefix; each service's DATABASE_URL goes to <prefix>/<service>."
  type        = string
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
