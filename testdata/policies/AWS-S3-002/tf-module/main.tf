terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

module "docs_site" {
  source = "./modules/site"
  domain = "docs.acme.example"
  public = true
}

module "intranet_site" {
  source = "./modules/site"
  domain = "intranet.acme.example"
}
