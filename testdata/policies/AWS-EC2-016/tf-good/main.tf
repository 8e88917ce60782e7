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

variable "boot_script" {
  type = string
}

resource "aws_instance" "app" {
  ami           = var.ami_id
  instance_type = "t3.micro"
  user_data     = <<-EOT
    #!/bin/bash
    TOKEN=$(aws secretsmanager get-secret-value --secret-id deploy-token --query SecretString --output text)
  EOT
}

# Unknown: a variable without a default.
resource "aws_launch_template" "build" {
  image_id  = var.ami_id
  user_data = base64encode(var.boot_script)
}
