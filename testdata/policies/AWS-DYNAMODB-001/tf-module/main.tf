terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

module "orders" {
  source   = "./modules/table"
  name     = "orders"
  hash_key = "order_id"
}

module "cache" {
  source   = "./modules/table"
  name     = "cache"
  hash_key = "cache_key"
  backups  = false
}
