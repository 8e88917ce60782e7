variable "name" {
  type = string
}

variable "keep_logs" {
  type    = bool
  default = true
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
    type         = "LINUX_CONTAINER"
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
  }

  logs_config {
    cloudwatch_logs {
      status     = var.keep_logs ? "ENABLED" : "DISABLED" # expect: AWS-CODEBUILD-003
      group_name = "/codebuild/${var.name}"
    }
  }
}
