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

resource "aws_instance" "app" {
  ami           = var.ami_id
  instance_type = "t3.micro"

  metadata_options {
    http_tokens = "optional" # expect: AWS-EC2-011
  }
}

# Not set: an advisory.
resource "aws_launch_template" "app" { # expect: AWS-EC2-011
  image_id = var.ami_id
}

resource "aws_launch_configuration" "app" {
  image_id      = var.ami_id
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "optional" # expect: AWS-EC2-011
  }
}
