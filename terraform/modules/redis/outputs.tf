output "primary_endpoint" {
  description = "Host name of the primary node."
  value       = aws_elasticache_replication_group.this.primary_endpoint_address
}

output "gateway_secret_arn" {
  description = "Secrets Manager ARN holding the gateway's redis-url."
  value       = aws_secretsmanager_secret.gateway.arn
}

output "security_group_id" {
  description = "Security group of the cache."
  value       = aws_security_group.this.id
}
