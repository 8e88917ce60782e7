terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "extra_actions" {
  description = "Actions granted on top of the defaults, set per team."
  type        = list(string)
}

data "aws_s3_bucket" "artifacts" {
  bucket = "acme-build-artifacts"
}

data "aws_iam_policy_document" "deploy" {
  statement {
    sid       = "Artifacts"
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["arn:aws:s3:::acme-build-artifacts/*"]
  }

  # Every action, but only on one function.
  statement {
    sid       = "Function"
    actions   = ["lambda:*"]
    resources = ["arn:aws:lambda:eu-west-1:111122223333:function:api"]
  }

  # "*" on every resource, but denied.
  statement {
    sid       = "NoIam"
    effect    = "Deny"
    actions   = ["*"]
    resources = ["*"]
    condition {
      test     = "StringNotEquals"
      variable = "aws:RequestedRegion"
      values   = ["eu-west-1"]
    }
  }
}

resource "aws_iam_policy" "deploy" {
  name   = "deploy"
  policy = data.aws_iam_policy_document.deploy.json
}

resource "aws_iam_role_policy" "read_only" {
  name = "read-only"
  role = "deploy"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["ec2:Describe*", "s3:List*"]
      Resource = "*"
    }]
  })
}

# Unknown: the actions come from a variable without a default, the
# resource from a data source.
data "aws_iam_policy_document" "team" {
  statement {
    actions   = var.extra_actions
    resources = ["*"]
  }
}

resource "aws_iam_policy" "team" {
  name   = "team"
  policy = data.aws_iam_policy_document.team.json
}

resource "aws_iam_policy" "artifacts" {
  name = "artifacts-admin"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = data.aws_s3_bucket.artifacts.arn }]
  })
}
