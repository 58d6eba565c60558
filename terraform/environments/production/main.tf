# GetIt production on AWS: VPC, EKS, one RDS PostgreSQL per service with a database, MSK, ElastiCache
# and OpenSearch. Service secrets land in Secrets Manager under getit/production/<service>, where the
# chart's ExternalSecrets read them (deploy/helm/getit/values-prod.yaml).

locals {
  name           = "getit-production"
  secrets_prefix = "getit/production"

  # The chart allows egress to the data subnets as one block: keep these inside 10.40.96.0/22.
  data_subnet_cidrs = ["10.40.96.0/24", "10.40.97.0/24", "10.40.98.0/24"]

  # Services that own a database (deploy/helm/getit: migrations.enabled).
  databases = ["catalog", "search", "auth", "inventory", "shipping", "order", "payment"]
}

module "network" {
  source = "../../modules/network"

  name                 = local.name
  cidr                 = "10.40.0.0/16"
  public_subnet_cidrs  = ["10.40.200.0/24", "10.40.201.0/24", "10.40.202.0/24"]
  private_subnet_cidrs = ["10.40.0.0/19", "10.40.32.0/19", "10.40.64.0/19"]
  data_subnet_cidrs    = local.data_subnet_cidrs
  single_nat_gateway   = false
}

module "cluster" {
  source = "../../modules/cluster"

  name                = local.name
  kubernetes_version  = "1.32"
  private_subnet_ids  = module.network.private_subnet_ids
  public_access_cidrs = var.api_allowed_cidrs
  node_instance_types = ["m6i.xlarge"]
  node_min_size       = 3
  node_max_size       = 12
  secrets_prefix      = local.secrets_prefix
}

module "postgres" {
  source = "../../modules/postgres"

  name                     = local.name
  databases                = toset(local.databases)
  vpc_id                   = module.network.vpc_id
  subnet_ids               = module.network.data_subnet_ids
  client_security_group_id = module.cluster.node_security_group_id
  instance_class           = "db.r7g.large"
  multi_az                 = true
  deletion_protection      = true
  secrets_prefix           = local.secrets_prefix
}

module "kafka" {
  source = "../../modules/kafka"

  name                     = local.name
  vpc_id                   = module.network.vpc_id
  subnet_ids               = module.network.data_subnet_ids
  client_security_group_id = module.cluster.node_security_group_id
  broker_instance_type     = "kafka.m7g.large"
}

module "redis" {
  source = "../../modules/redis"

  name                     = local.name
  vpc_id                   = module.network.vpc_id
  subnet_ids               = module.network.data_subnet_ids
  client_security_group_id = module.cluster.node_security_group_id
  replicas                 = 1
  secrets_prefix           = local.secrets_prefix
}

module "search" {
  source = "../../modules/search"

  name                     = local.name
  vpc_id                   = module.network.vpc_id
  subnet_ids               = module.network.data_subnet_ids
  client_security_group_id = module.cluster.node_security_group_id
  instance_type            = "r7g.large.search"
  dedicated_master         = true
}
