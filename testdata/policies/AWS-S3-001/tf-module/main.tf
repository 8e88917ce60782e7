terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

module "artifacts" {
  source    = "./modules/bucket"
  name      = "acme-build-artifacts"
  encrypted = true
}

# The caller turns encryption off: only this instance of the module's
# bucket is reported.
module "scratch" {
  source    = "./modules/bucket"
  name      = "acme-scratch"
  encrypted = false
}
