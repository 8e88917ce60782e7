variable "service_role_arn" {
  type = string
}

variable "visibility" {
  type = string
}

resource "aws_codebuild_project" "api" {
  name               = "api-build"
  service_role       = var.service_role_arn
  project_visibility = "PRIVATE"

  source {
    type     = "GITHUB"
    location = "https://github.com/example-org/api.git"
  }

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    type         = "LINUX_CONTAINER"
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
  }
}

# Unknown: a variable without a default.
resource "aws_codebuild_project" "docs" {
  name               = "docs"
  service_role       = var.service_role_arn
  project_visibility = var.visibility

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
