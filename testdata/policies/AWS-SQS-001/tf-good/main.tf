terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "sse" {
  type = bool
}

# Not set: SSE-SQS, the default for new queues.
resource "aws_sqs_queue" "default" {
  name = "default"
}

resource "aws_sqs_queue" "kms" {
  name              = "kms"
  kms_master_key_id = "alias/aws/sqs"
}

# Unknown: a variable without a default.
resource "aws_sqs_queue" "configurable" {
  name                    = "configurable"
  sqs_managed_sse_enabled = var.sse
}
