variable "name" {
  type = string
}

variable "artifact_key_arn" {
  description = "KMS key for the artifacts; null uses the AWS managed key."
  type        = string
  default     = null
}

resource "aws_codepipeline" "this" {
  name     = var.name
  role_arn = "arn:aws:iam::111122223333:role/pipeline-${var.name}"

  artifact_store { # expect: AWS-CODEPIPELINE-001
    type     = "S3"
    location = "acme-${var.name}-artifacts"

    dynamic "encryption_key" {
      for_each = var.artifact_key_arn == null ? [] : [var.artifact_key_arn]
      content {
        id   = encryption_key.value
        type = "KMS"
      }
    }
  }

  stage {
    name = "Source"
    action {
      name             = "Checkout"
      category         = "Source"
      owner            = "AWS"
      provider         = "S3"
      version          = "1"
      output_artifacts = ["source"]
      configuration = {
        S3Bucket    = "acme-sources"
        S3ObjectKey = "${var.name}.zip"
      }
    }
  }
}
