terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

module "api" {
  source = "./modules/service"
  name   = "api"
  image  = "public.ecr.aws/docker/library/nginx:1.27"
}

module "docker_in_docker" {
  source     = "./modules/service"
  name       = "dind"
  image      = "public.ecr.aws/docker/library/docker:27-dind"
  privileged = true
}
