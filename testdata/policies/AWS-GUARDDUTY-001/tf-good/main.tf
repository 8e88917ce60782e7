variable "guardduty_enabled" {
  type = bool
}

resource "aws_guardduty_detector" "main" {
  enable = true
}

# enable defaults to true.
resource "aws_guardduty_detector" "default" {
}

# Unknown: a variable without a default.
resource "aws_guardduty_detector" "regional" {
  enable = var.guardduty_enabled
}
