variable "name" {
  type = string
}

variable "environment" {
  description = "Plaintext environment variables of the build."
  type        = map(string)
  default     = {}
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

    dynamic "environment_variable" {
      for_each = var.environment
      content {
        name  = environment_variable.key
        value = environment_variable.value # expect: AWS-CODEBUILD-002
      }
    }
  }
}
