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

module "images" {
  source        = "./modules/project"
  name          = "images"
  docker_builds = true
}
