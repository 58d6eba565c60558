output "name" {
  description = "Name of the EKS cluster."
  value       = aws_eks_cluster.this.name
}

output "endpoint" {
  description = "Kubernetes API endpoint."
  value       = aws_eks_cluster.this.endpoint
}

output "certificate_authority" {
  description = "Base64 CA certificate of the API endpoint."
  value       = aws_eks_cluster.this.certificate_authority[0].data
}

output "node_security_group_id" {
  description = "Security group of the cluster's nodes and pods; data services allow it."
  value       = aws_eks_cluster.this.vpc_config[0].cluster_security_group_id
}

output "oidc_provider_arn" {
  description = "ARN of the IAM OIDC provider, for more IRSA roles."
  value       = aws_iam_openid_connect_provider.this.arn
}

output "external_secrets_role_arn" {
  description = "Role to annotate on the external-secrets service account (eks.amazonaws.com/role-arn)."
  value       = aws_iam_role.external_secrets.arn
}
