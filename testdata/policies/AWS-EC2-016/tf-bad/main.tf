terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "ami_id" {
  type = string
}

resource "aws_instance" "app" {
  ami           = var.ami_id
  instance_type = "t3.micro"
  # expect-next-line: AWS-EC2-016
  user_data = <<-EOT
    #!/bin/bash
    export AWS_ACCESS_KEY_ID=AKIAJ7Q3ZT5XW2LRM4PN
    aws s3 sync s3://example-assets /srv/www
  EOT
}

resource "aws_launch_template" "build" {
  image_id  = var.ami_id
  user_data = base64encode("#!/bin/bash\ngit clone https://x-access-token:ghp_Zq8RkL2mT9vXw4yB7nC1dF6gH3jK5pS0aE2u@github.com/example-org/app.git\n") # expect: AWS-EC2-016
}
