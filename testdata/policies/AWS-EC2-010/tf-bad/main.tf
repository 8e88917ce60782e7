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

  root_block_device { # expect: AWS-EC2-010
    volume_size = 30
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 100
    encrypted   = false # expect: AWS-EC2-010
  }
}

resource "aws_launch_template" "app" {
  image_id = var.ami_id

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs { # expect: AWS-EC2-010
      volume_size = 30
    }
  }
}

resource "aws_launch_configuration" "app" {
  image_id      = var.ami_id
  instance_type = "t3.micro"

  root_block_device {
    encrypted = false # expect: AWS-EC2-010
  }
}
