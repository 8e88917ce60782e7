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

resource "aws_security_group" "web" { # expect: AWS-EC2-006
  name   = "web"
  vpc_id = var.vpc_id

  ingress { # expect: AWS-EC2-006
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "app" {
  name        = "app"
  description = "Managed by Terraform" # expect: AWS-EC2-006
  vpc_id      = var.vpc_id
}

resource "aws_security_group_rule" "app_out" { # expect: AWS-EC2-006
  type              = "egress"
  security_group_id = aws_security_group.app.id
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_vpc_security_group_ingress_rule" "app_in" {
  security_group_id            = aws_security_group.app.id
  description                  = "" # expect: AWS-EC2-006
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  referenced_security_group_id = aws_security_group.web.id
}
