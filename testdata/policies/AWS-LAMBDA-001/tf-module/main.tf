terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

module "api" {
  source   = "./modules/function"
  name     = "api"
  role_arn = "arn:aws:iam::111122223333:role/api"
}

module "nightly_report" {
  source   = "./modules/function"
  name     = "nightly-report"
  role_arn = "arn:aws:iam::111122223333:role/report"
  tracing  = false
}
