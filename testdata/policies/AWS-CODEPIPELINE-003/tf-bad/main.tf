variable "pipeline_role_arn" {
  type = string
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "api-pipeline-artifacts"
}

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
        OAuthToken = "ghp_9fK2LmQx7RtY4uWz1AbCdEfGhIjKlMnOpQrS" # expect: AWS-CODEPIPELINE-003
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
    secret_token = "3f9c2e7a1b8d4f6e0a5c" # expect: AWS-CODEPIPELINE-003
  }

  filter {
    json_path    = "$.ref"
    match_equals = "refs/heads/{Branch}"
  }
}
