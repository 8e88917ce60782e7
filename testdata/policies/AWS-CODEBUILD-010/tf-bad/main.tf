variable "service_role_arn" {
  type = string
}

resource "aws_codebuild_project" "api" {
  name               = "api-build"
  service_role       = var.service_role_arn
  project_visibility = "PUBLIC_READ" # expect: AWS-CODEBUILD-010

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
