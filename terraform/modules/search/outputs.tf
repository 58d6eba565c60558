output "endpoint" {
  description = "HTTPS endpoint of the domain: the chart's OPENSEARCH_URL host."
  value       = aws_opensearch_domain.this.endpoint
}

output "arn" {
  description = "ARN of the domain."
  value       = aws_opensearch_domain.this.arn
}

output "security_group_id" {
  description = "Security group of the domain."
  value       = aws_security_group.this.id
}
