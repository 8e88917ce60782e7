variable "name" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "ingress_cidr" {
  description = "Range allowed to reach the service on every port."
  type        = string
}

resource "aws_security_group" "this" {
  name   = var.name
  vpc_id = var.vpc_id
}

resource "aws_security_group_rule" "ingress" {
  type              = "ingress"
  security_group_id = aws_security_group.this.id
  from_port         = 0
  to_port           = 0
  protocol          = "all"
  cidr_blocks       = [var.ingress_cidr] # expect: AWS-EC2-003
}
