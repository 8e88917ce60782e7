# The length is left out: IAM requires only 6 characters.
resource "aws_iam_account_password_policy" "defaults" { # expect: AWS-IAM-012
  password_reuse_prevention = 24
}
variable "length" {
  type    = number
  default = 8
}

resource "aws_iam_account_password_policy" "short" {
  minimum_password_length = var.length # expect: AWS-IAM-012
}
