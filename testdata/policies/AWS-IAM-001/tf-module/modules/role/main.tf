variable "name" {
  type = string
}

variable "service" {
  type = string
}

variable "actions" {
  description = "Actions the role may take."
  type        = list(string)
}

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = [var.service]
    }
  }
}

data "aws_iam_policy_document" "permissions" {
  statement { # expect: AWS-IAM-001
    actions   = var.actions
    resources = ["*"]
  }
}

resource "aws_iam_role" "this" {
  name               = var.name
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

resource "aws_iam_role_policy" "this" {
  name   = var.name
  role   = aws_iam_role.this.id
  policy = data.aws_iam_policy_document.permissions.json
}
