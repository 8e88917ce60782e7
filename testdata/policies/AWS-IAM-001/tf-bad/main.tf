terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

data "aws_iam_policy_document" "assume_codebuild" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["codebuild.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "deploy" {
  name               = "deploy"
  assume_role_policy = data.aws_iam_policy_document.assume_codebuild.json

  # Inline policy as heredoc JSON: the finding sits on the argument (a
  # heredoc opener takes no comment, hence the marker above it).
  inline_policy {
    name = "deploy"
    # expect-next-line: AWS-IAM-001
    policy = <<-EOF
      {
        "Version": "2012-10-17",
        "Statement": [
          {"Effect": "Allow", "Action": "*:*", "Resource": "*"}
        ]
      }
    EOF
  }
}

# aws_iam_policy_document data source.
data "aws_iam_policy_document" "ops" {
  statement {
    sid       = "ReadLogs"
    actions   = ["logs:GetLogEvents"]
    resources = ["*"]
  }

  statement { # expect: AWS-IAM-001
    sid       = "Everything"
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "ops" {
  name   = "ops"
  policy = data.aws_iam_policy_document.ops.json
}

resource "aws_iam_role_policy_attachment" "deploy_ops" {
  role       = aws_iam_role.deploy.name
  policy_arn = aws_iam_policy.ops.arn
}

# jsonencode() in an aws_iam_role_policy.
resource "aws_iam_role_policy" "break_glass" {
  name = "break-glass"
  role = aws_iam_role.deploy.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # expect: AWS-IAM-001
        Effect   = "Allow"
        Action   = "*"
        Resource = "*"
      },
    ]
  })
}

# aws_iam_user_policy with a single statement object.
resource "aws_iam_user" "ci" {
  name = "ci"
}

resource "aws_iam_user_policy" "ci" {
  name = "ci"
  user = aws_iam_user.ci.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = { Effect = "Allow", Action = ["*"], Resource = ["*"] } # expect: AWS-IAM-001
  })
}
