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

variable "rdp_cidr" {
  description = "Range of the support desk, set per environment."
  type        = string
}

data "aws_ec2_managed_prefix_list" "vpn" {
  name = "corp-vpn"
}

resource "aws_security_group" "windows" {
  name        = "windows-build-agents"
  description = "Windows build agents"
  vpc_id      = var.vpc_id

  ingress {
    description = "RDP from the office"
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = ["192.0.2.0/24"]
  }

  ingress {
    description     = "RDP from the VPN prefix list"
    from_port       = 3389
    to_port         = 3389
    protocol        = "tcp"
    prefix_list_ids = [data.aws_ec2_managed_prefix_list.vpn.id]
  }
}

# Unknown: a variable without a default.
resource "aws_vpc_security_group_ingress_rule" "support" {
  security_group_id = aws_security_group.windows.id
  ip_protocol       = "tcp"
  from_port         = 3389
  to_port           = 3389
  cidr_ipv4         = var.rdp_cidr
}

# HTTPS from anywhere is not RDP.
resource "aws_security_group_rule" "https" {
  type              = "ingress"
  security_group_id = aws_security_group.windows.id
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}
