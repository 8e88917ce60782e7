terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "vpc_id" {
  type = string
}

resource "aws_security_group" "build" {
  name        = "build"
  description = "Build hosts"
  vpc_id      = var.vpc_id

  ingress {
    description = "Docker API"
    from_port   = 2375
    to_port     = 2376
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # expect: AWS-EC2-005
  }
}

resource "aws_security_group_rule" "ftp" {
  type              = "ingress"
  security_group_id = aws_security_group.build.id
  from_port         = 20
  to_port           = 21
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"] # expect: AWS-EC2-005
}

resource "aws_vpc_security_group_ingress_rule" "vnc" {
  security_group_id = aws_security_group.build.id
  ip_protocol       = "tcp"
  from_port         = 5900
  to_port           = 5900
  cidr_ipv6         = "::/0" # expect: AWS-EC2-005
}
