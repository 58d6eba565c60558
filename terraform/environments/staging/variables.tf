variable "region" {
  description = "AWS region; Mumbai is the closest to Bangladesh."
  type        = string
  default     = "ap-south-1"
}

variable "api_allowed_cidrs" {
  description = "CIDRs (office, VPN, CI) allowed to reach the Kubernetes API; empty keeps it private."
  type        = list(string)
  default     = []
}
