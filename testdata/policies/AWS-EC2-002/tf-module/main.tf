terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

module "lab" {
  source      = "./modules/windows"
  name        = "windows-lab"
  vpc_id      = "vpc-0a1b2c3d4e5f60718"
  rdp_sources = ["0.0.0.0/0"]
}

module "office" {
  source      = "./modules/windows"
  name        = "windows-office"
  vpc_id      = "vpc-0a1b2c3d4e5f60718"
  rdp_sources = ["192.0.2.0/24"]
}
