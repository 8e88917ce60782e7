resource "aws_sfn_state_machine" "orders" { # expect: AWS-SFN-002
  name       = "orders"
  role_arn   = "arn:aws:iam::123456789012:role/orders"
  definition = "{\"StartAt\": \"Done\", \"States\": {\"Done\": {\"Type\": \"Succeed\"}}}"
}

resource "aws_sfn_state_machine" "refunds" {
  name       = "refunds"
  role_arn   = "arn:aws:iam::123456789012:role/refunds"
  definition = "{\"StartAt\": \"Done\", \"States\": {\"Done\": {\"Type\": \"Succeed\"}}}"

  tracing_configuration {
    enabled = false # expect: AWS-SFN-002
  }
}
