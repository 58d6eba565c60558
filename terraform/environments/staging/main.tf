# GetIt staging on AWS: VPC, EKS, one RDS PostgreSQL per service with a database, MSK, ElastiCache
# and OpenSearch. Service secrets land in Secrets Manager under getit/staging/<service>, where the
# chart's ExternalSecrets read them (deploy/helm/getit/values-prod.yaml).

locals {
  name           = "getit-staging"
  secrets_prefix = "getit/staging"

  # The chart allows egress to the data subnets as one block: keep these inside 10.30.96.0/22.
  data_subnet_cidrs = ["10.30.96.0/24", "10.30.97.0/24", "10.30.98.0/24"]

  # Services that own a database (deploy/helm/getit: migrations.enabled).
  databases = ["catalog", "search", "auth", "inventory", "shipping", "order", "payment"]
}

module "network" {
  source = "../../modules/network"

  name                 = local.name
  cidr                 = "10.30.0.0/16"
  public_subnet_cidrs  = ["10.30.200.0/24", "10.30.201.0/24", "10.30.202.0/24"]
  private_subnet_cidrs = ["10.30.0.0/19", "10.30.32.0/19", "10.30.64.0/19"]
  data_subnet_cidrs    = local.data_subnet_cidrs
  single_nat_gateway   = true
}

module "cluster" {
  source = "../../modules/cluster"

  name                = local.name
  kubernetes_version  = "1.32"
  private_subnet_ids  = module.network.private_subnet_ids
  public_access_cidrs = var.api_allowed_cidrs
  node_instance_types = ["t3.large"]
  node_min_size       = 2
  node_max_size       = 4
  secrets_prefix      = local.secrets_prefix
}

module "postgres" {
  source = "../../modules/postgres"

  name                     = local.name
  databases                = toset(local.databases)
  vpc_id                   = module.network.vpc_id
  subnet_ids               = module.network.data_subnet_ids
  client_security_group_id = module.cluster.node_security_group_id
  instance_class           = "db.t4g.small"
  multi_az                 = false
  deletion_protection      = false
  secrets_prefix           = local.secrets_prefix
}

module "kafka" {
  source = "../../modules/kafka"

  name                     = local.name
  vpc_id                   = module.network.vpc_id
  subnet_ids               = module.network.data_subnet_ids
  client_security_group_id = module.cluster.node_security_group_id
  broker_instance_type     = "kafka.t3.small"
}

module "redis" {
  source = "../../modules/redis"

  name                     = local.name
  vpc_id                   = module.network.vpc_id
  subnet_ids               = module.network.data_subnet_ids
  client_security_group_id = module.cluster.node_security_group_id
  replicas                 = 0
  secrets_prefix           = local.secrets_prefix
}

module "search" {
  source = "../../modules/search"

  name                     = local.name
  vpc_id                   = module.network.vpc_id
  subnet_ids               = module.network.data_subnet_ids
  client_security_group_id = module.cluster.node_security_group_id
  instance_type            = "t3.medium.search"
  dedicated_master         = false
}
