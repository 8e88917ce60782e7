resource "aws_ebs_volume" "data" { # expect: AWS-EC2-017
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
}
