terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}


resource "aws_iam_policy" "deploy" {
  name = "deploy"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ # expect: AWS-IAM-004
      Effect   = "Allow"
      Action   = ["iam:PassRole", "lambda:UpdateFunctionConfiguration"]
      Resource = "*"
    }]
  })
}
