variable "service_role_arn" {
  type = string
}

variable "build_image" {
  type = string
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
    type                        = "LINUX_CONTAINER"
    compute_type                = "BUILD_GENERAL1_SMALL"
    image                       = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/build-tools:2024.11.1"
    image_pull_credentials_type = "SERVICE_ROLE"
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
    image        = var.build_image
  }
}
