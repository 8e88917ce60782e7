terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "tracing" {
  description = "Whether the worker sends traces."
  type        = bool
}

resource "aws_apprunner_observability_configuration" "tracing" {
  observability_configuration_name = "tracing"
  trace_configuration {
    vendor = "AWSXRAY"
  }
}

resource "aws_apprunner_service" "api" {
  service_name = "api"

  source_configuration {
    image_repository {
      image_identifier      = "public.ecr.aws/aws-containers/hello-app-runner:latest"
      image_repository_type = "ECR_PUBLIC"
    }
    auto_deployments_enabled = false
  }

  observability_configuration {
    observability_enabled           = true
    observability_configuration_arn = aws_apprunner_observability_configuration.tracing.arn
  }
}

# Unknown: a variable without a default.
resource "aws_apprunner_service" "worker" {
  service_name = "worker"

  source_configuration {
    image_repository {
      image_identifier      = "public.ecr.aws/aws-containers/hello-app-runner:latest"
      image_repository_type = "ECR_PUBLIC"
    }
    auto_deployments_enabled = false
  }

  observability_configuration {
    observability_enabled = var.tracing
  }
}
