variable "service_role_arn" {
  type = string
}

variable "disable_log_encryption" {
  type = bool
}

resource "aws_s3_bucket" "logs" {
  bucket = "api-build-logs"
}

resource "aws_codebuild_project" "api" {
  name         = "api-build"
  service_role = var.service_role_arn

  source {
    type = "CODEPIPELINE"
  }

  artifacts {
    type = "CODEPIPELINE"
  }

  environment {
    type         = "LINUX_CONTAINER"
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
  }

  logs_config {
    s3_logs {
      status   = "ENABLED"
      location = "${aws_s3_bucket.logs.id}/build-logs"
    }
  }
}

# Unknown: a variable without a default.
resource "aws_codebuild_project" "tests" {
  name         = "api-tests"
  service_role = var.service_role_arn

  source {
    type = "CODEPIPELINE"
  }

  artifacts {
    type = "CODEPIPELINE"
  }

  environment {
    type         = "LINUX_CONTAINER"
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
  }

  logs_config {
    s3_logs {
      status              = "ENABLED"
      location            = "${aws_s3_bucket.logs.id}/test-logs"
      encryption_disabled = var.disable_log_encryption
    }
  }
}
