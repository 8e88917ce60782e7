terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}


data "aws_iam_policy_document" "ops" {
  statement { # expect: AWS-IAM-005
    actions   = ["iam:CreatePolicyVersion"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "ops" {
  name   = "ops"
  policy = data.aws_iam_policy_document.ops.json
}
