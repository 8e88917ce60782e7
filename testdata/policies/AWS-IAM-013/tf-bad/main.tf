# Reuse prevention left out: any previous password may be reused.
resource "aws_iam_account_password_policy" "defaults" { # expect: AWS-IAM-013
  minimum_password_length = 14
}
resource "aws_iam_account_password_policy" "few" {
  minimum_password_length   = 14
  password_reuse_prevention = 5 # expect: AWS-IAM-013
}
