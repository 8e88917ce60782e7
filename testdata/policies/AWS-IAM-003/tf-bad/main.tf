terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}


data "aws_iam_policy_document" "app" {
  statement { # expect: AWS-IAM-003
    actions   = ["sqs:*"]
    resources = ["arn:aws:sqs:eu-west-1:111122223333:orders"]
  }
}

resource "aws_iam_policy" "app" {
  name   = "app"
  policy = data.aws_iam_policy_document.app.json
}
