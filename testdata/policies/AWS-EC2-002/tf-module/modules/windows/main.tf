variable "name" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "rdp_sources" {
  type = list(string)
}

resource "aws_security_group" "this" {
  name   = var.name
  vpc_id = var.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "rdp" {
  for_each          = toset(var.rdp_sources)
  security_group_id = aws_security_group.this.id
  ip_protocol       = "tcp"
  from_port         = 3389
  to_port           = 3389
  cidr_ipv4         = each.value # expect: AWS-EC2-002
}
