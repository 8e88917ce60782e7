resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length = 14
  max_password_age        = 90
}

variable "max_age" {
  type = number
}

resource "aws_iam_account_password_policy" "given" {
  minimum_password_length = 14
  max_password_age        = var.max_age
}
