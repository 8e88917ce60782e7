variable "service_role_arn" {
  type = string
}

variable "build_key_arn" {
  type = string
}

resource "aws_kms_key" "build" {
  enable_key_rotation = true
}

resource "aws_codebuild_project" "api" {
  name           = "api-build"
  service_role   = var.service_role_arn
  encryption_key = aws_kms_key.build.arn

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
}

# Unknown: a variable without a default.
resource "aws_codebuild_project" "tests" {
  name           = "api-tests"
  service_role   = var.service_role_arn
  encryption_key = var.build_key_arn

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
}
