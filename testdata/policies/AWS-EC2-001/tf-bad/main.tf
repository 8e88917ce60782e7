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

locals {
  office_cidrs = ["203.0.113.0/24", "0.0.0.0/0"]
}

# Inline ingress blocks: cidr_blocks lists are one rule per CIDR.
resource "aws_security_group" "web" {
  name        = "web"
  description = "Web servers"
  vpc_id      = var.vpc_id

  ingress {
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description      = "SSH for on-call"
    from_port        = 22
    to_port          = 22
    protocol         = "tcp"
    cidr_blocks      = ["10.0.0.0/8", "0.0.0.0/0"] # expect: AWS-EC2-001
    ipv6_cidr_blocks = ["::/0"]                    # expect: AWS-EC2-001
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# A dynamic block over a local list.
resource "aws_security_group" "jump" {
  name   = "jump"
  vpc_id = var.vpc_id

  dynamic "ingress" {
    for_each = local.office_cidrs
    content {
      from_port   = 22
      to_port     = 22
      protocol    = "tcp"
      cidr_blocks = [ingress.value] # expect: AWS-EC2-001
    }
  }
}

# Attributes-as-blocks syntax, with a multi-line list of CIDRs.
resource "aws_security_group" "legacy" {
  name   = "legacy"
  vpc_id = var.vpc_id

  ingress = [
    {
      description      = "SSH"
      from_port        = 22
      to_port          = 22
      protocol         = "tcp"
      ipv6_cidr_blocks = []
      prefix_list_ids  = []
      security_groups  = []
      self             = false
      cidr_blocks = [
        "192.0.2.0/24",
        "0.0.0.0/0", # expect: AWS-EC2-001
      ]
    },
  ]
}

# aws_security_group_rule, with a port range that includes 22.
resource "aws_security_group_rule" "admin" {
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  from_port         = 0
  to_port           = 1024
  protocol          = "6"
  cidr_blocks       = ["0.0.0.0/0"] # expect: AWS-EC2-001
}

# aws_vpc_security_group_ingress_rule (AWS provider v5).
resource "aws_vpc_security_group_ingress_rule" "ssh" {
  security_group_id = aws_security_group.jump.id
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = "0.0.0.0/0" # expect: AWS-EC2-001
}
