terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

module "production_db" {
  source      = "./modules/database"
  name        = "orders-production"
  environment = "production"
}

module "review_db" {
  source      = "./modules/database"
  name        = "orders-review"
  environment = "review"
}
