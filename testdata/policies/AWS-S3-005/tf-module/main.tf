terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

module "marketing_site" {
  source = "./modules/website"
  domain = "www.acme.example"
  acl    = "public-read"
}

module "admin_site" {
  source = "./modules/website"
  domain = "admin.acme.example"
}
