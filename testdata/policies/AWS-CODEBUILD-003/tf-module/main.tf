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
}

module "nightly" {
  source    = "./modules/project"
  name      = "nightly"
  keep_logs = false
}
