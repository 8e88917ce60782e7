terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

module "declared" {
  source  = "./modules/bucket"
  name    = "acme-declared"
  declare = true
}

module "undeclared" {
  source = "./modules/bucket"
  name   = "acme-undeclared"
}
