terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "result_encryption" {
  description = "Set per environment."
  type        = string
}

resource "aws_athena_workgroup" "analytics" {
  name = "analytics"

  configuration {
    result_configuration {
      output_location = "s3://query-results/analytics/"
      encryption_configuration {
        encryption_option = "SSE_S3"
      }
    }
  }
}

# Unknown: a variable without a default.
resource "aws_athena_workgroup" "reports" {
  name = "reports"

  configuration {
    result_configuration {
      encryption_configuration {
        encryption_option = var.result_encryption
      }
    }
  }
}
