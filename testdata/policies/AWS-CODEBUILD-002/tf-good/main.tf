terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "service_role_arn" {
  type = string
}

variable "npm_token" {
  description = "Injected by the pipeline."
  type        = string
  sensitive   = true
}

resource "aws_codebuild_project" "api" {
  name         = "api-build"
  service_role = var.service_role_arn

  source {
    type      = "CODEPIPELINE"
    buildspec = "buildspec.yml"
  }

  artifacts {
    type = "CODEPIPELINE"
  }

  environment {
    type         = "LINUX_CONTAINER"
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"

    environment_variable {
      name  = "STAGE"
      value = "prod"
    }

    environment_variable {
      name  = "NPM_TOKEN"
      type  = "SECRETS_MANAGER"
      value = "ci/npm-token:token"
    }

    environment_variable {
      name  = "DB_PASSWORD"
      type  = "PARAMETER_STORE"
      value = "/api/db/password"
    }

    # A name that refers to a secret rather than holding one.
    environment_variable {
      name  = "DB_SECRET_ARN"
      value = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db"
    }

    # Unknown: a variable without a default.
    environment_variable {
      name  = "PUBLISH_TOKEN"
      value = var.npm_token
    }
  }
}
