terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

module "api" {
  source    = "./modules/service"
  name      = "api"
  log_group = "/ecs/api"
}

module "scratch" {
  source = "./modules/service"
  name   = "scratch"
}
