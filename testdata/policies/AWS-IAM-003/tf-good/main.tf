terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}


variable "queue_actions" {
  type = list(string)
}

data "aws_iam_policy_document" "app" {
  statement {
    actions   = ["sqs:SendMessage", "sqs:ReceiveMessage", "sqs:DeleteMessage"]
    resources = ["arn:aws:sqs:eu-west-1:111122223333:orders"]
  }
}

resource "aws_iam_policy" "app" {
  name   = "app"
  policy = data.aws_iam_policy_document.app.json
}

# Unknown: the actions are a variable without a default.
resource "aws_iam_policy" "worker" {
  name = "worker"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = var.queue_actions
      Resource = "arn:aws:sqs:eu-west-1:111122223333:jobs"
    }]
  })
}
