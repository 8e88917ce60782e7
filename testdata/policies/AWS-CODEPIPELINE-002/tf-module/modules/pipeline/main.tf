variable "name" {
  type = string
}

variable "environments" {
  description = "Environments to deploy to, in order."
  type        = list(string)
}

variable "approve_stage" {
  description = "Environment that needs a manual approval first; null for none."
  type        = string
  default     = null
}

resource "aws_codepipeline" "this" {
  name     = var.name
  role_arn = "arn:aws:iam::111122223333:role/pipeline-${var.name}"

  artifact_store {
    type     = "S3"
    location = "acme-${var.name}-artifacts"
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
        S3ObjectKey = "${var.name}.zip"
      }
    }
  }

  dynamic "stage" {
    for_each = var.environments
    content {
      name = "deploy-${stage.value}"

      dynamic "action" {
        for_each = stage.value == var.approve_stage ? [1] : []
        content {
          name      = "Approve"
          category  = "Approval"
          owner     = "AWS"
          provider  = "Manual"
          version   = "1"
          run_order = 1
        }
      }

      action { # expect: AWS-CODEPIPELINE-002
        name            = "DeployStack"
        category        = "Deploy"
        owner           = "AWS"
        provider        = "CloudFormation"
        version         = "1"
        run_order       = 2
        input_artifacts = ["source"]
        configuration = {
          ActionMode   = "CREATE_UPDATE"
          StackName    = "${var.name}-${stage.value}"
          TemplatePath = "source::template.yaml"
        }
      }
    }
  }
}
