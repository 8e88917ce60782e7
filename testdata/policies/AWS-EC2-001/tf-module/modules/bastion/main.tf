variable "name" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "allowed_cidrs" {
  description = "Ranges allowed to reach the bastion over SSH."
  type        = list(string)
}

resource "aws_security_group" "this" {
  name   = var.name
  vpc_id = var.vpc_id

  ingress {
    description = "SSH"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.allowed_cidrs # expect: AWS-EC2-001
  }
}
