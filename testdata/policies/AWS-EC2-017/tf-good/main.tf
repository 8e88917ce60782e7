resource "aws_kms_key" "volumes" {
  enable_key_rotation = true
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
  kms_key_id        = aws_kms_key.volumes.arn
}

variable "key_arn" {
  type = string
}

resource "aws_ebs_volume" "logs" {
  availability_zone = "eu-west-1a"
  size              = 20
  encrypted         = true
  kms_key_id        = var.key_arn
}
