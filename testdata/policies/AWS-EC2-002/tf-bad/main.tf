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

# Inline ingress block.
resource "aws_security_group" "windows" {
  name        = "windows-build-agents"
  description = "Windows build agents"
  vpc_id      = var.vpc_id

  ingress {
    description = "RDP"
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # expect: AWS-EC2-002
  }
}

# aws_security_group_rule over UDP (RDP's UDP transport).
resource "aws_security_group_rule" "rdp_udp" {
  type              = "ingress"
  security_group_id = aws_security_group.windows.id
  from_port         = 3389
  to_port           = 3389
  protocol          = "udp"
  ipv6_cidr_blocks  = ["::/0"] # expect: AWS-EC2-002
}

# aws_vpc_security_group_ingress_rule with a range that includes 3389.
resource "aws_vpc_security_group_ingress_rule" "remote_admin" {
  security_group_id = aws_security_group.windows.id
  ip_protocol       = "tcp"
  from_port         = 3300
  to_port           = 3400
  cidr_ipv4         = "0.0.0.0/0" # expect: AWS-EC2-002
}
