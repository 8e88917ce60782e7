resource "aws_cloudwatch_log_group" "workflow" {
  name              = "/aws/states/orders"
  retention_in_days = 30
}

resource "aws_sfn_state_machine" "orders" {
  name       = "orders"
  role_arn   = "arn:aws:iam::123456789012:role/orders"
  definition = "{\"StartAt\": \"Done\", \"States\": {\"Done\": {\"Type\": \"Succeed\"}}}"

  logging_configuration {
    level           = "ERROR"
    log_destination = "${aws_cloudwatch_log_group.workflow.arn}:*"
  }
}

variable "log_level" {
  type = string
}

resource "aws_sfn_state_machine" "refunds" {
  name       = "refunds"
  role_arn   = "arn:aws:iam::123456789012:role/refunds"
  definition = "{\"StartAt\": \"Done\", \"States\": {\"Done\": {\"Type\": \"Succeed\"}}}"

  logging_configuration {
    level           = var.log_level
    log_destination = "${aws_cloudwatch_log_group.workflow.arn}:*"
  }
}
