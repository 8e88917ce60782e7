terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

module "api" {
  source         = "./modules/service"
  name           = "api"
  retention_days = 30
}

module "importer" {
  source = "./modules/service"
  name   = "importer"
}
