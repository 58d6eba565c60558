variable "name" {
  description = "Cluster name, e.g. getit-production."
  type        = string
}

variable "kubernetes_version" {
  description = "EKS Kubernetes version. The charts require 1.30 or newer."
  type        = string
  default     = "1.32"
}

variable "private_subnet_ids" {
  description = "Private subnets for the control plane's network interfaces and the nodes."
  type        = list(string)
}

variable "public_access_cidrs" {
  description = "CIDRs allowed to reach the public API endpoint; empty keeps the endpoint private."
  type        = list(string)
  default     = []
}

variable "node_instance_types" {
  description = "Instance types of the default managed node group."
  type        = list(string)
  default     = ["m6i.large"]
}

variable "node_min_size" {
  description = "Minimum (and initial) number of nodes; at least one per availability zone."
  type        = number
  default     = 3
}

variable "node_max_size" {
  description = "Maximum number of nodes the cluster autoscaler may add."
  type        = number
  default     = 9
}

variable "secrets_prefix" {
  description = "Secrets Manager name prefix External Secrets may read, e.g. getit/production."
  type        = string
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
