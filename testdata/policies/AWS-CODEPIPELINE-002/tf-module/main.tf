terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

module "catalog" {
  source        = "./modules/pipeline"
  name          = "product-catalog"
  environments  = ["staging", "prod"]
  approve_stage = "prod"
}

module "docs" {
  source       = "./modules/pipeline"
  name         = "docs"
  environments = ["staging", "prod"]
}
