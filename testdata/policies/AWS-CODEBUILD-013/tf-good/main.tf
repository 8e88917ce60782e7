variable "service_role_arn" {
  type = string
}

variable "build_timeout" {
  type = number
}

resource "aws_codebuild_project" "api" {
  name          = "api-build"
  service_role  = var.service_role_arn
  build_timeout = 30

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
  name          = "api-tests"
  service_role  = var.service_role_arn
  build_timeout = var.build_timeout

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
