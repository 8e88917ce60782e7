variable "name" {
  type = string
}

variable "role_arn" {
  type = string
}

variable "tracing" {
  type    = bool
  default = true
}

resource "aws_lambda_function" "this" {
  function_name = var.name
  role          = var.role_arn
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  filename      = "${path.module}/${var.name}.zip"

  tracing_config {
    mode = var.tracing ? "Active" : "PassThrough" # expect: AWS-LAMBDA-001
  }
}
