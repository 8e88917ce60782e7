terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

module "catalog" {
  source           = "./modules/pipeline"
  name             = "product-catalog"
  artifact_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e"
}

module "docs" {
  source = "./modules/pipeline"
  name   = "docs"
}
