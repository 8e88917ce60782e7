terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

module "api" {
  source = "./modules/lambda_deploy"
  name   = "api"
}

module "batch" {
  source   = "./modules/lambda_deploy"
  name     = "batch"
  rollback = false
}
