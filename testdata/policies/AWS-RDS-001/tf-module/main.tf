terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

module "orders" {
  source    = "./modules/database"
  name      = "orders"
  encrypted = true
}

module "load_test" {
  source    = "./modules/database"
  name      = "load-test"
  encrypted = false
}
