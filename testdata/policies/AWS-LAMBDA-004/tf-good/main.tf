terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "db_password" {
  description = "Injected by the pipeline from the secret store."
  type        = string
  sensitive   = true
}

resource "aws_secretsmanager_secret" "db" {
  name = "prod/db"
}

# A reference to another resource's id or arn is that resource, not text
# written here, however credential-shaped its name.
resource "aws_secretsmanager_secret" "api_token_v2" {
  name = "prod/api-token-2"
}

resource "aws_lambda_function" "handler" {
  function_name = "handler"
  role          = "arn:aws:iam::123456789012:role/handler"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "handler.zip"

  environment {
    variables = {
      LOG_LEVEL     = "info"
      DB_SECRET_ARN = aws_secretsmanager_secret.db.arn
      DB_PASSWORD   = var.db_password
      API_TOKEN     = aws_secretsmanager_secret.api_token_v2.id
    }
  }
}
