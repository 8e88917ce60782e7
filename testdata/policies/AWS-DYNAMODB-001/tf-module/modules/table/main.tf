variable "name" {
  type = string
}

variable "hash_key" {
  type = string
}

variable "backups" {
  description = "Keep point-in-time recovery backups."
  type        = bool
  default     = true
}

resource "aws_dynamodb_table" "this" {
  name         = var.name
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = var.hash_key

  attribute {
    name = var.hash_key
    type = "S"
  }

  point_in_time_recovery {
    enabled = var.backups # expect: AWS-DYNAMODB-001
  }
}
