resource "aws_codebuild_source_credential" "github" {
  auth_type   = "PERSONAL_ACCESS_TOKEN"
  server_type = "GITHUB"
  token       = "ghp_9fK2LmQx7RtY4uWz1AbCdEfGhIjKlMnOpQrS" # expect: AWS-CODEBUILD-006
}
