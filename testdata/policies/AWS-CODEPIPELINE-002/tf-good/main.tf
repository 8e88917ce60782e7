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

variable "deploy_role_arn" {
  type = string
}

variable "approval_category" {
  description = "Approval in regulated accounts, Invoke elsewhere."
  type        = string
}

resource "aws_codepipeline" "catalog" {
  name     = "product-catalog"
  role_arn = var.pipeline_role_arn

  artifact_store {
    type     = "S3"
    location = "acme-pipeline-artifacts"
    encryption_key {
      id   = "alias/pipeline"
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

  stage {
    name = "Approve"
    action {
      name     = "ReleaseManager"
      category = "Approval"
      owner    = "AWS"
      provider = "Manual"
      version  = "1"
    }
  }

  stage {
    name = "Production"
    action {
      name            = "DeployStack"
      category        = "Deploy"
      owner           = "AWS"
      provider        = "CloudFormation"
      version         = "1"
      input_artifacts = ["source"]
      configuration = {
        ActionMode   = "CREATE_UPDATE"
        StackName    = "product-catalog-prod"
        TemplatePath = "source::template.yaml"
        RoleArn      = var.deploy_role_arn
      }
    }
  }
}

# Unknown: the gate's category comes from a variable without a default,
# so it may be an approval.
resource "aws_codepipeline" "api" {
  name     = "api"
  role_arn = var.pipeline_role_arn

  artifact_store {
    type     = "S3"
    location = "acme-pipeline-artifacts"
    encryption_key {
      id   = "alias/pipeline"
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
        S3ObjectKey = "api.zip"
      }
    }
  }

  stage {
    name = "Gate"
    action {
      name     = "Gate"
      category = var.approval_category
      owner    = "AWS"
      provider = "Manual"
      version  = "1"
    }
  }

  stage {
    name = "Production"
    action {
      name            = "Deploy"
      category        = "Deploy"
      owner           = "AWS"
      provider        = "ECS"
      version         = "1"
      input_artifacts = ["source"]
      configuration = {
        ClusterName = "main"
        ServiceName = "api"
      }
    }
  }
}
