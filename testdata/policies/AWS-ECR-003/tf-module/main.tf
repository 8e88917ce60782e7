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

module "archive" {
  source        = "./modules/repository"
  name          = "archive"
  expire_images = false
}
