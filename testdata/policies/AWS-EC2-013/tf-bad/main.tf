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
  ami                         = var.ami_id
  instance_type               = "t3.micro"
  associate_public_ip_address = true # expect: AWS-EC2-013
}

resource "aws_launch_template" "worker" {
  image_id = var.ami_id

  network_interfaces {
    associate_public_ip_address = true # expect: AWS-EC2-013
  }
}

resource "aws_launch_configuration" "worker" {
  image_id                    = var.ami_id
  instance_type               = "t3.micro"
  associate_public_ip_address = true # expect: AWS-EC2-013
}
