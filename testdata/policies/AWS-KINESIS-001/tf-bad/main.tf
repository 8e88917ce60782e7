terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_kinesis_stream" "events" { # expect: AWS-KINESIS-001
  name        = "events"
  shard_count = 1
}

resource "aws_kinesis_stream" "clicks" {
  name            = "clicks"
  shard_count     = 1
  encryption_type = "NONE" # expect: AWS-KINESIS-001
}
