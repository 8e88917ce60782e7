variable "pipeline_name" {
  type = string
}

resource "aws_codepipeline_webhook" "github" {
  name            = "api-github"
  authentication  = "UNAUTHENTICATED" # expect: AWS-CODEPIPELINE-004
  target_action   = "GitHub"
  target_pipeline = var.pipeline_name

  filter {
    json_path    = "$.ref"
    match_equals = "refs/heads/main"
  }
}
