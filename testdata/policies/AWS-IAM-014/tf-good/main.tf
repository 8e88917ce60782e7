resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length      = 14
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = true
  require_symbols              = true
}

variable "symbols" {
  type = bool
}

# Symbols decided by the caller: nothing the scan can know is missing.
resource "aws_iam_account_password_policy" "given" {
  minimum_password_length      = 14
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = true
  require_symbols              = var.symbols
}
