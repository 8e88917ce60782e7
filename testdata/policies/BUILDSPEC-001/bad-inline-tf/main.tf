resource "aws_codebuild_project" "deploy" {
  name         = "deploy"
  service_role = "arn:aws:iam::123456789012:role/codebuild"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }

  source {
    type      = "NO_SOURCE"
    buildspec = <<EOF
version: 0.2
env:
  variables:
    STAGE: prod
    SLACK_TOKEN: xoxb-123456789012-abcdefghijkl # expect: BUILDSPEC-001
phases:
  build:
    commands:
      - ./deploy.sh
EOF
  }
}
