output "endpoints" {
  description = "Host name of each service's database."
  value       = { for service, db in aws_db_instance.this : service => db.address }
}

output "secret_arns" {
  description = "Secrets Manager ARN holding each service's database-url."
  value       = { for service, secret in aws_secretsmanager_secret.database_url : service => secret.arn }
}

output "security_group_id" {
  description = "Security group of the database instances."
  value       = aws_security_group.this.id
}
