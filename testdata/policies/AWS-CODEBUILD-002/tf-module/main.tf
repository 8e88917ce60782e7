terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

module "api" {
  source = "./modules/project"
  name   = "api"
  environment = {
    STAGE = "prod"
  }
}

module "release" {
  source = "./modules/project"
  name   = "release"
  environment = {
    STAGE        = "prod"
    GITHUB_TOKEN = "ghp_0123456789abcdefghijklmnopqrstuvwxyz"
  }
}
