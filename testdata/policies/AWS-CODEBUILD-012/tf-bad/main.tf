variable "service_role_arn" {
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
    image                       = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/build-tools:latest" # expect: AWS-CODEBUILD-012
    image_pull_credentials_type = "SERVICE_ROLE"
  }
}
