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

variable "connection_arn" {
  type = string
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "acme-pipeline-artifacts"
}

resource "aws_codepipeline" "catalog" {
  name     = "product-catalog"
  role_arn = var.pipeline_role_arn

  # No encryption_key: artifacts use the AWS managed key.
  artifact_store { # expect: AWS-CODEPIPELINE-001
    type     = "S3"
    location = aws_s3_bucket.artifacts.bucket
  }

  stage {
    name = "Source"
    action {
      name             = "Checkout"
      category         = "Source"
      owner            = "AWS"
      provider         = "CodeStarSourceConnection"
      version          = "1"
      output_artifacts = ["source"]
      configuration = {
        ConnectionArn    = var.connection_arn
        FullRepositoryId = "acme/product-catalog"
        BranchName       = "main"
      }
    }
  }

  stage {
    name = "Build"
    action {
      name             = "Package"
      category         = "Build"
      owner            = "AWS"
      provider         = "CodeBuild"
      version          = "1"
      input_artifacts  = ["source"]
      output_artifacts = ["build"]
      configuration = {
        ProjectName = "product-catalog-build"
      }
    }
  }
}

# Cross-region pipeline: one artifact store per region, one without a key.
resource "aws_codepipeline" "replicated" {
  name     = "replicated"
  role_arn = var.pipeline_role_arn

  artifact_store {
    type     = "S3"
    location = "acme-artifacts-eu-west-1"
    region   = "eu-west-1"
    encryption_key {
      id   = "arn:aws:kms:eu-west-1:111122223333:alias/pipeline"
      type = "KMS"
    }
  }

  artifact_store { # expect: AWS-CODEPIPELINE-001
    type     = "S3"
    location = "acme-artifacts-us-east-1"
    region   = "us-east-1"
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
        S3ObjectKey = "app.zip"
      }
    }
  }
}
