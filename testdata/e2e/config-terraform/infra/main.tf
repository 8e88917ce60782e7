variable "ssh_cidr" {
  type    = string
  default = "10.0.0.0/8"
}

variable "retention_days" {
  type    = number
  default = 30
}

resource "aws_security_group" "bastion" {
  name = "bastion"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.ssh_cidr]
  }
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "app"
  retention_in_days = var.retention_days
}
