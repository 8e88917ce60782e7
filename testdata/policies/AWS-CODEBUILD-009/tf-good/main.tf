variable "service_role_arn" {
  type = string
}

variable "skip_tls_checks" {
  type = bool
}

resource "aws_codebuild_project" "api" {
  name         = "api-build"
  service_role = var.service_role_arn

  source {
    type     = "GITHUB_ENTERPRISE"
    location = "https://github.example.com/platform/api.git"
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
resource "aws_codebuild_project" "tests" {
  name         = "api-tests"
  service_role = var.service_role_arn

  source {
    type         = "GITHUB_ENTERPRISE"
    location     = "https://github.example.com/platform/api.git"
    insecure_ssl = var.skip_tls_checks
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
