variable "name" {
  type = string
}

variable "docker_builds" {
  type    = bool
  default = false
}

resource "aws_codebuild_project" "this" {
  name         = var.name
  service_role = "arn:aws:iam::111122223333:role/codebuild-${var.name}"

  source {
    type = "CODEPIPELINE"
  }

  artifacts {
    type = "CODEPIPELINE"
  }

  environment {
    type            = "LINUX_CONTAINER"
    compute_type    = "BUILD_GENERAL1_SMALL"
    image           = "aws/codebuild/standard:7.0"
    privileged_mode = var.docker_builds # expect: AWS-CODEBUILD-001
  }
}
