terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "pipeline_role_arn" {
  type = string
}

variable "artifact_key_arn" {
  description = "Key of the shared artifact account."
  type        = string
}

resource "aws_kms_key" "artifacts" {
  description         = "Pipeline artifacts"
  enable_key_rotation = true
}

resource "aws_codepipeline" "catalog" {
  name     = "product-catalog"
  role_arn = var.pipeline_role_arn

  artifact_store {
    type     = "S3"
    location = "acme-pipeline-artifacts"
    encryption_key {
      id   = aws_kms_key.artifacts.arn
      type = "KMS"
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
        S3ObjectKey = "catalog.zip"
      }
    }
  }
}

# Unknown: a variable without a default.
resource "aws_codepipeline" "shared" {
  name     = "shared"
  role_arn = var.pipeline_role_arn

  artifact_store {
    type     = "S3"
    location = "acme-shared-artifacts"
    encryption_key {
      id   = var.artifact_key_arn
      type = "KMS"
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
        S3ObjectKey = "shared.zip"
      }
    }
  }
}
