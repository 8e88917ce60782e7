terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

module "orders" {
  source = "./modules/database"
  name   = "orders"
  tier   = "private"
}

module "demo" {
  source = "./modules/database"
  name   = "demo"
  tier   = "public"
}
