output "cluster_name" {
  description = "EKS cluster name (aws eks update-kubeconfig --name ...)."
  value       = module.cluster.name
}

output "external_secrets_role_arn" {
  description = "IRSA role for the external-secrets service account."
  value       = module.cluster.external_secrets_role_arn
}

output "data_subnet_cidrs" {
  description = "Data subnet CIDRs: the egress ipBlock in values-prod.yaml must contain them."
  value       = module.network.data_subnet_cidrs
}

output "kafka_bootstrap_brokers_tls" {
  description = "KAFKA_BROKERS for the chart's kafka dependency."
  value       = module.kafka.bootstrap_brokers_tls
}

output "search_endpoint" {
  description = "OpenSearch endpoint for the chart's opensearch dependency."
  value       = module.search.endpoint
}

output "database_endpoints" {
  description = "RDS host per service."
  value       = module.postgres.endpoints
}
