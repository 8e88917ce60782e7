# No maximum age: passwords never expire.
resource "aws_iam_account_password_policy" "defaults" { # expect: AWS-IAM-015
  minimum_password_length = 14
}

resource "aws_iam_account_password_policy" "long" {
  minimum_password_length = 14
  max_password_age        = 365 # expect: AWS-IAM-015
}
