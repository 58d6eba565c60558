# One RDS for PostgreSQL instance per service that owns data (catalog, search, ...): each service
# owns its database, so each gets its own instance, credentials and maintenance window. The
# service's DATABASE_URL is written to Secrets Manager as <secrets_prefix>/<service> property
# `database-url`, where the chart's ExternalSecret reads it.

resource "aws_db_subnet_group" "this" {
  name       = var.name
  subnet_ids = var.subnet_ids
  tags       = var.tags
}

resource "aws_security_group" "this" {
  name        = "${var.name}-postgres"
  description = "PostgreSQL from the EKS nodes and pods"
  vpc_id      = var.vpc_id
  tags        = var.tags
}

resource "aws_vpc_security_group_ingress_rule" "postgres" {
  security_group_id            = aws_security_group.this.id
  referenced_security_group_id = var.client_security_group_id
  from_port                    = 5432
  to_port                      = 5432
  ip_protocol                  = "tcp"
  description                  = "PostgreSQL from EKS"
}

resource "aws_db_parameter_group" "this" {
  name   = "${var.name}-postgres17"
  family = "postgres17"

  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }

  parameter {
    name  = "log_min_duration_statement"
    value = "500"
  }

  tags = var.tags
}

resource "random_password" "app" {
  for_each = var.databases

  length  = 32
  special = false
}

resource "aws_db_instance" "this" {
  for_each = var.databases

  identifier     = "${var.name}-${each.key}"
  engine         = "postgres"
  engine_version = var.engine_version
  instance_class = var.instance_class

  allocated_storage     = var.allocated_storage_gb
  max_allocated_storage = var.allocated_storage_gb * 5
  storage_type          = "gp3"
  storage_encrypted     = true

  db_name  = "app"
  username = "app"
  password = random_password.app[each.key].result
  port     = 5432

  multi_az               = var.multi_az
  db_subnet_group_name   = aws_db_subnet_group.this.name
  vpc_security_group_ids = [aws_security_group.this.id]
  parameter_group_name   = aws_db_parameter_group.this.name
  publicly_accessible    = false

  backup_retention_period      = var.backup_retention_days
  deletion_protection          = var.deletion_protection
  skip_final_snapshot          = !var.deletion_protection
  final_snapshot_identifier    = var.deletion_protection ? "${var.name}-${each.key}-final" : null
  performance_insights_enabled = true
  auto_minor_version_upgrade   = true
  copy_tags_to_snapshot        = true

  tags = merge(var.tags, { "getit.io/service" = each.key })
}

resource "aws_secretsmanager_secret" "database_url" {
  for_each = var.databases

  name = "${var.secrets_prefix}/${each.key}"
  tags = var.tags
}

resource "aws_secretsmanager_secret_version" "database_url" {
  for_each = var.databases

  secret_id = aws_secretsmanager_secret.database_url[each.key].id
  secret_string = jsonencode({
    "database-url" = "postgresql://app:${random_password.app[each.key].result}@${aws_db_instance.this[each.key].address}:5432/app?sslmode=require"
  })
}
