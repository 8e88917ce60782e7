variable "service_role_arn" {
  type = string
}

resource "aws_codebuild_project" "api" {
  name         = "api-build"
  service_role = var.service_role_arn

  source {
    type         = "GITHUB_ENTERPRISE"
    location     = "https://github.example.com/platform/api.git"
    insecure_ssl = true # expect: AWS-CODEBUILD-009
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
