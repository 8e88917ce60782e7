terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "ami_id" {
  type = string
}

variable "http_tokens" {
  type = string
}

resource "aws_launch_template" "app" {
  image_id = var.ami_id

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "required"
  }
}

# The launch template's metadata options apply.
resource "aws_instance" "app" {
  launch_template {
    id      = aws_launch_template.app.id
    version = "$Latest"
  }
}

# Unknown: a variable without a default.
resource "aws_instance" "bastion" {
  ami           = var.ami_id
  instance_type = "t3.micro"

  metadata_options {
    http_tokens = var.http_tokens
  }
}

# No metadata service at all.
resource "aws_launch_configuration" "isolated" {
  image_id      = var.ami_id
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "disabled"
    http_tokens   = "optional"
  }
}
