variable "pipeline_role_arn" {
  type = string
}

variable "github_token" {
  type      = string
  sensitive = true
}

data "aws_secretsmanager_secret_version" "webhook" {
  secret_id = "ci/webhook-secret"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "api-pipeline-artifacts"
}

# Unknown: a variable without a default and a data source.
resource "aws_codepipeline" "api" {
  name     = "api"
  role_arn = var.pipeline_role_arn

  artifact_store {
    type     = "S3"
    location = aws_s3_bucket.artifacts.bucket
  }

  stage {
    name = "Source"
    action {
      name             = "GitHub"
      category         = "Source"
      owner            = "ThirdParty"
      provider         = "GitHub"
      version          = "1"
      output_artifacts = ["source"]
      configuration = {
        Owner      = "example-org"
        Repo       = "api"
        Branch     = "main"
        OAuthToken = var.github_token
      }
    }
  }

  stage {
    name = "Build"
    action {
      name            = "Build"
      category        = "Build"
      owner           = "AWS"
      provider        = "CodeBuild"
      version         = "1"
      input_artifacts = ["source"]
      configuration = {
        ProjectName = "api-build"
      }
    }
  }
}

resource "aws_codepipeline_webhook" "github" {
  name            = "api-github"
  authentication  = "GITHUB_HMAC"
  target_action   = "GitHub"
  target_pipeline = aws_codepipeline.api.name

  authentication_configuration {
    secret_token = data.aws_secretsmanager_secret_version.webhook.secret_string
  }

  filter {
    json_path    = "$.ref"
    match_equals = "refs/heads/{Branch}"
  }
}
