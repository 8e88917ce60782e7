variable "pipeline_name" {
  type = string
}

variable "webhook_secret" {
  type      = string
  sensitive = true
}

variable "webhook_authentication" {
  type = string
}

resource "aws_codepipeline_webhook" "github" {
  name            = "api-github"
  authentication  = "GITHUB_HMAC"
  target_action   = "GitHub"
  target_pipeline = var.pipeline_name

  authentication_configuration {
    secret_token = var.webhook_secret
  }

  filter {
    json_path    = "$.ref"
    match_equals = "refs/heads/main"
  }
}

# Unknown: a variable without a default.
resource "aws_codepipeline_webhook" "release" {
  name            = "api-release"
  authentication  = var.webhook_authentication
  target_action   = "GitHub"
  target_pipeline = var.pipeline_name

  filter {
    json_path    = "$.ref"
    match_equals = "refs/tags/release"
  }
}
