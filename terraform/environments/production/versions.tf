terraform {
  required_version = ">= 1.10"

  # State per environment in S3 with native locking (Terraform 1.10+).
  backend "s3" {
    bucket       = "getit-terraform-state"
    key          = "production/terraform.tfstate"
    region       = "ap-south-1"
    encrypt      = true
    use_lockfile = true
  }

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.0"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.6"
    }
    tls = {
      source  = "hashicorp/tls"
      version = "~> 4.0"
    }
  }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = {
      project     = "getit"
      environment = "production"
      managed-by  = "terraform"
    }
  }
}
