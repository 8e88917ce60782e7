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
    name = "Staging"
    action {
      name            = "DeployStack"
      category        = "Deploy"
      owner           = "AWS"
      provider        = "CloudFormation"
      version         = "1"
      input_artifacts = ["source"]
      configuration = {
        ActionMode   = "CREATE_UPDATE"
        StackName    = "product-catalog-staging"
        TemplatePath = "source::template.yaml"
        RoleArn      = var.deploy_role_arn
      }
    }
  }

  # The stage is not named for production; its target stack is.
  stage {
    name = "Release"
    action { # expect: AWS-CODEPIPELINE-002
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

# An approval that runs after the deployment in the same stage is too late.
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
    name = "Production"
    action { # expect: AWS-CODEPIPELINE-002
      name            = "Deploy"
      category        = "Deploy"
      owner           = "AWS"
      provider        = "ECS"
      version         = "1"
      run_order       = 1
      input_artifacts = ["source"]
      configuration = {
        ClusterName = "main"
        ServiceName = "api"
      }
    }
    action {
      name      = "SignOff"
      category  = "Approval"
      owner     = "AWS"
      provider  = "Manual"
      version   = "1"
      run_order = 2
    }
  }
}
