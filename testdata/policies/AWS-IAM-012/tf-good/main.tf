resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length = 14
}

variable "length" {
  type = number
}

# A length the scan cannot know.
resource "aws_iam_account_password_policy" "given" {
  minimum_password_length = var.length
}
