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

module "legacy_importer" {
  source       = "./modules/repository"
  name         = "legacy-importer"
  scan_on_push = false
}
