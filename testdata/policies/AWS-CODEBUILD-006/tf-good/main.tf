variable "gitlab_token" {
  type      = string
  sensitive = true
}

data "aws_ssm_parameter" "bitbucket_password" {
  name = "/ci/bitbucket/app-password"
}

resource "aws_secretsmanager_secret" "github_token" {
  name = "ci/github-token"
}

resource "aws_codebuild_source_credential" "github" {
  auth_type   = "SECRETS_MANAGER"
  server_type = "GITHUB"
  token       = aws_secretsmanager_secret.github_token.arn
}

# Unknown: a variable without a default and a data source.
resource "aws_codebuild_source_credential" "gitlab" {
  auth_type   = "PERSONAL_ACCESS_TOKEN"
  server_type = "GITLAB"
  token       = var.gitlab_token
}

resource "aws_codebuild_source_credential" "bitbucket" {
  auth_type   = "BASIC_AUTH"
  server_type = "BITBUCKET"
  user_name   = "ci-bot"
  token       = data.aws_ssm_parameter.bitbucket_password.value
}
