terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}


variable "rotate_keys" {
  type = bool
}

variable "key_store_id" {
  type = string
}

resource "aws_kms_key" "data" {
  enable_key_rotation = true
}

resource "aws_kms_key" "signing" {
  customer_master_key_spec = "RSA_2048"
  key_usage                = "SIGN_VERIFY"
}

# Unknown: a variable without a default.
resource "aws_kms_key" "logs" {
  enable_key_rotation = var.rotate_keys
}

# A key in a custom key store cannot rotate automatically.
resource "aws_kms_key" "hsm" {
  custom_key_store_id = var.key_store_id
}
