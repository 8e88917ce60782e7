terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_athena_workgroup" "analytics" { # expect: AWS-ATHENA-001
  name = "analytics"
}

resource "aws_athena_workgroup" "reports" {
  name = "reports"

  configuration {
    result_configuration { # expect: AWS-ATHENA-001
      output_location = "s3://query-results/reports/"
    }
  }
}
