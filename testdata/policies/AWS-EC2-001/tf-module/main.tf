terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

module "bastion_dev" {
  source        = "./modules/bastion"
  name          = "bastion-dev"
  vpc_id        = "vpc-0a1b2c3d4e5f60718"
  allowed_cidrs = ["0.0.0.0/0"]
}

module "bastion_prod" {
  source        = "./modules/bastion"
  name          = "bastion-prod"
  vpc_id        = "vpc-0f1e2d3c4b5a69788"
  allowed_cidrs = ["198.51.100.0/24"]
}
