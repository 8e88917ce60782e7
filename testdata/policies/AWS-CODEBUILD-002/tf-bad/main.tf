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

locals {
  build_env = {
    STAGE         = "prod"
    SLACK_WEBHOOK = "https://hooks.slack.com/services/T000/B000/XXXX"
  }
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
      name  = "NPM_TOKEN"
      value = "npm_0123456789abcdefghijklmnopqrstuv" # expect: AWS-CODEBUILD-002
    }

    environment_variable {
      name  = "DEPLOY_KEY"
      type  = "PLAINTEXT"
      value = "AKIAZ7QX3TBLW5XK2M4Q" # expect: AWS-CODEBUILD-002
    }

    environment_variable {
      name  = "DB_SECRET_ARN"
      value = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db"
    }

    # A dynamic block over a local map.
    dynamic "environment_variable" {
      for_each = merge(local.build_env, { API_PASSWORD = "hunter2" })
      content {
        name  = environment_variable.key
        value = environment_variable.value # expect: AWS-CODEBUILD-002, AWS-CODEBUILD-002
      }
    }
  }
}
