terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

module "sandbox" {
  source       = "./modules/service"
  name         = "sandbox"
  vpc_id       = "vpc-0a1b2c3d4e5f60718"
  ingress_cidr = "0.0.0.0/0"
}

module "internal" {
  source       = "./modules/service"
  name         = "internal"
  vpc_id       = "vpc-0a1b2c3d4e5f60718"
  ingress_cidr = "10.0.0.0/16"
}
