variable "service_role_arn" {
  type = string
}

resource "aws_codebuild_project" "api" {
  name          = "api-build"
  service_role  = var.service_role_arn
  build_timeout = 1440 # expect: AWS-CODEBUILD-013

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
