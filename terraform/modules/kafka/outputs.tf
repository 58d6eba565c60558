output "bootstrap_brokers_tls" {
  description = "Comma-separated TLS bootstrap brokers (port 9094): the chart's KAFKA_BROKERS."
  value       = aws_msk_cluster.this.bootstrap_brokers_tls
}

output "arn" {
  description = "ARN of the MSK cluster."
  value       = aws_msk_cluster.this.arn
}

output "security_group_id" {
  description = "Security group of the brokers."
  value       = aws_security_group.this.id
}
