terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

module "ci_role" {
  source  = "./modules/role"
  name    = "ci"
  service = "codebuild.amazonaws.com"
  actions = ["*"]
}

module "api_role" {
  source  = "./modules/role"
  name    = "api"
  service = "lambda.amazonaws.com"
  actions = ["dynamodb:GetItem", "dynamodb:PutItem"]
}
