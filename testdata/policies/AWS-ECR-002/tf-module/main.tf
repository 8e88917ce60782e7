terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

module "api" {
  source = "./modules/repository"
  name   = "api"
}

module "sandbox" {
  source         = "./modules/repository"
  name           = "sandbox"
  immutable_tags = false
}
