variable "service_role_arn" {
  type = string
}

resource "aws_codebuild_project" "api" { # expect: AWS-CODEBUILD-008
  name         = "api-build"
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
    image        = "aws/codebuild/standard:7.0"
  }
}
