resource "aws_codecommit_repository" "api" { # expect: AWS-CODECOMMIT-001
  repository_name = "api"
  description     = "API service"
}
