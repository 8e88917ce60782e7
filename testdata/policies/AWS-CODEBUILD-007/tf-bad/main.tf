variable "service_role_arn" {
  type = string
}

resource "aws_codebuild_project" "api" {
  name         = "api-build"
  service_role = var.service_role_arn

  source {
    type     = "BITBUCKET"
    location = "https://ci-bot:Xk29vLq8pZrT@bitbucket.org/example-team/api.git" # expect: AWS-CODEBUILD-007
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
