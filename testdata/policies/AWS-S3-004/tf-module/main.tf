terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

module "artifacts" {
  source      = "./modules/bucket"
  name        = "acme-build-artifacts"
  require_tls = true
}

module "downloads" {
  source      = "./modules/bucket"
  name        = "acme-public-downloads"
  require_tls = false
}
