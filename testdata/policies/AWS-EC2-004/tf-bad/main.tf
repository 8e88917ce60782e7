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

resource "aws_security_group" "db" {
  name        = "db"
  description = "Database"
  vpc_id      = var.vpc_id

  ingress {
    description = "MySQL"
    from_port   = 3306
    to_port     = 3306
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"] # expect: AWS-EC2-004
  }
}

resource "aws_security_group_rule" "mongo" {
  type              = "ingress"
  security_group_id = aws_security_group.db.id
  from_port         = 27017
  to_port           = 27017
  protocol          = "tcp"
  ipv6_cidr_blocks  = ["::/0"] # expect: AWS-EC2-004
}

resource "aws_vpc_security_group_ingress_rule" "search" {
  security_group_id = aws_security_group.db.id
  ip_protocol       = "tcp"
  from_port         = 9200
  to_port           = 9300
  cidr_ipv4         = "0.0.0.0/0" # expect: AWS-EC2-004
}
