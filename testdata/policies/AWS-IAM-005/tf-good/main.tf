terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}


variable "managed_policy_arns" {
  type = list(string)
}

data "aws_iam_policy_document" "ops" {
  statement {
    actions   = ["iam:CreatePolicyVersion"]
    resources = ["arn:aws:iam::111122223333:policy/app/*"]
  }
}

resource "aws_iam_policy" "ops" {
  name   = "ops"
  policy = data.aws_iam_policy_document.ops.json
}

# Unknown: the policies are a variable without a default.
resource "aws_iam_policy" "release" {
  name = "release"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "iam:SetDefaultPolicyVersion"
      Resource = var.managed_policy_arns
    }]
  })
}
