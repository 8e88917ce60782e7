resource "aws_sfn_state_machine" "orders" { # expect: AWS-SFN-001
  name     = "orders"
  role_arn = "arn:aws:iam::123456789012:role/orders"
  definition = jsonencode({
    StartAt = "Done"
    States  = { Done = { Type = "Succeed" } }
  })
}

resource "aws_sfn_state_machine" "refunds" {
  name       = "refunds"
  role_arn   = "arn:aws:iam::123456789012:role/refunds"
  definition = "{\"StartAt\": \"Done\", \"States\": {\"Done\": {\"Type\": \"Succeed\"}}}"

  logging_configuration {
    level = "OFF" # expect: AWS-SFN-001
  }
}
