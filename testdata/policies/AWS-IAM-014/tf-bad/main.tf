# No character class required: one finding on the resource.
resource "aws_iam_account_password_policy" "defaults" { # expect: AWS-IAM-014
  minimum_password_length = 14
}

resource "aws_iam_account_password_policy" "no_symbols" {
  minimum_password_length      = 14
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = true
  require_symbols              = false # expect: AWS-IAM-014
}
