variable "service_role_arn" {
  type = string
}

variable "disable_encryption" {
  type = bool
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "api-build-artifacts"
}

resource "aws_codebuild_project" "api" {
  name         = "api-build"
  service_role = var.service_role_arn

  source {
    type     = "GITHUB"
    location = "https://github.com/example-org/api.git"
  }

  artifacts {
    type     = "S3"
    location = aws_s3_bucket.artifacts.bucket
  }

  secondary_artifacts {
    type                = "S3"
    artifact_identifier = "reports"
    location            = aws_s3_bucket.artifacts.bucket
    encryption_disabled = false
  }

  environment {
    type         = "LINUX_CONTAINER"
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
  }
}

# Unknown: a variable without a default.
resource "aws_codebuild_project" "reports" {
  name         = "reports"
  service_role = var.service_role_arn

  source {
    type = "CODEPIPELINE"
  }

  artifacts {
    type                = "S3"
    location            = aws_s3_bucket.artifacts.bucket
    encryption_disabled = var.disable_encryption
  }

  environment {
    type         = "LINUX_CONTAINER"
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
  }
}
