variable "name" {
  description = "Name prefix for the VPC and its resources, e.g. getit-production."
  type        = string
}

variable "cidr" {
  description = "CIDR block of the VPC."
  type        = string
}

variable "public_subnet_cidrs" {
  description = "Three CIDRs for the public subnets, one per availability zone."
  type        = list(string)

  validation {
    condition     = length(var.public_subnet_cidrs) == 3
    error_message = "Give exactly three public subnet CIDRs."
  }
}

variable "private_subnet_cidrs" {
  description = "Three CIDRs for the private subnets where EKS nodes and pods run."
  type        = list(string)

  validation {
    condition     = length(var.private_subnet_cidrs) == 3
    error_message = "Give exactly three private subnet CIDRs."
  }
}

variable "data_subnet_cidrs" {
  description = "Three CIDRs for the data subnets (RDS, MSK, ElastiCache, OpenSearch). Keep them inside one block that the chart's values-prod.yaml can allow as egress."
  type        = list(string)

  validation {
    condition     = length(var.data_subnet_cidrs) == 3
    error_message = "Give exactly three data subnet CIDRs."
  }
}

variable "single_nat_gateway" {
  description = "One NAT gateway for all zones (cheaper, for staging) instead of one per zone."
  type        = bool
  default     = false
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
