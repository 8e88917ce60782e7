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

# Inline ingress with every protocol.
resource "aws_security_group" "debug" {
  name        = "debug"
  description = "Temporary debugging access"
  vpc_id      = var.vpc_id

  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"] # expect: AWS-EC2-003
  }
}

# aws_security_group_rule over every TCP port.
resource "aws_security_group_rule" "all_tcp" {
  type              = "ingress"
  security_group_id = aws_security_group.debug.id
  from_port         = 0
  to_port           = 65535
  protocol          = "tcp"
  ipv6_cidr_blocks  = ["::/0"] # expect: AWS-EC2-003
}

# aws_vpc_security_group_ingress_rule with ip_protocol "-1" (no ports).
resource "aws_vpc_security_group_ingress_rule" "everything" {
  security_group_id = aws_security_group.debug.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0" # expect: AWS-EC2-003
}
