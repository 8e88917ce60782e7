terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

locals {
  environments = {
    production = { keep_versions = true }
    sandbox    = { keep_versions = false }
  }
}

module "state" {
  source     = "./modules/bucket"
  for_each   = local.environments
  name       = "acme-${each.key}-state"
  versioning = each.value.keep_versions
}
