terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}


variable "user_name" {
  type = string
}

resource "aws_iam_group" "developers" {
  name = "developers"
}

resource "aws_iam_group_policy_attachment" "developers" {
  group      = aws_iam_group.developers.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_user_group_membership" "alice" {
  user   = aws_iam_user.alice.name
  groups = [aws_iam_group.developers.name]
}

# Unknown: an attachment to a user named by a variable without a default,
# which may be another user than alice.
resource "aws_iam_user_policy_attachment" "someone" {
  user       = var.user_name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
