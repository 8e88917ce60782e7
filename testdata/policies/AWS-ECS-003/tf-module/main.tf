terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

module "api" {
  source            = "./modules/service"
  name              = "api"
  health_check_path = "/health"
}

module "queue_worker" {
  source = "./modules/service"
  name   = "queue-worker"
}
