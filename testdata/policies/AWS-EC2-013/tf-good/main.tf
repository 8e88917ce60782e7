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

variable "public_ip" {
  type = bool
}

resource "aws_instance" "app" {
  ami                         = var.ami_id
  instance_type               = "t3.micro"
  associate_public_ip_address = false
}

# Not set: the subnet decides.
resource "aws_instance" "plain" {
  ami           = var.ami_id
  instance_type = "t3.micro"
}

# Unknown: a variable without a default.
resource "aws_launch_configuration" "worker" {
  image_id                    = var.ami_id
  instance_type               = "t3.micro"
  associate_public_ip_address = var.public_ip
}
