variable "service_role_arn" {
  type = string
}

variable "repository_token" {
  type      = string
  sensitive = true
}

resource "aws_codebuild_project" "api" {
  name         = "api-build"
  service_role = var.service_role_arn

  source {
    type     = "BITBUCKET"
    location = "https://bitbucket.org/example-team/api.git"
  }

  secondary_sources {
    type              = "GITHUB"
    source_identifier = "shared"
    location          = "https://github.com/example-org/shared.git"
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

# Unknown: the URL interpolates a variable without a default.
resource "aws_codebuild_project" "tests" {
  name         = "api-tests"
  service_role = var.service_role_arn

  source {
    type     = "GITHUB"
    location = "https://${var.repository_token}@github.com/example-org/api.git"
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
