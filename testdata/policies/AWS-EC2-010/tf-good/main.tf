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

variable "encrypt" {
  type = bool
}

resource "aws_instance" "app" {
  ami           = var.ami_id
  instance_type = "t3.micro"

  root_block_device {
    volume_size = 30
    encrypted   = true
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    snapshot_id = "snap-0123456789abcdef0"
  }
}

resource "aws_launch_template" "app" {
  image_id = var.ami_id

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 30
      encrypted   = "true"
    }
  }

  block_device_mappings {
    device_name  = "/dev/sdb"
    virtual_name = "ephemeral0"
  }
}

# Unknown: a variable without a default.
resource "aws_launch_configuration" "app" {
  image_id      = var.ami_id
  instance_type = "t3.micro"

  root_block_device {
    encrypted = var.encrypt
  }
}
