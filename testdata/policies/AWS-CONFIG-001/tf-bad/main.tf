variable "config_role_arn" {
  type = string
}

resource "aws_config_configuration_recorder" "main" {
  name     = "default"
  role_arn = var.config_role_arn

  recording_group {
    all_supported                 = false # expect: AWS-CONFIG-001
    include_global_resource_types = false
    resource_types                = ["AWS::S3::Bucket", "AWS::EC2::SecurityGroup"]

    recording_strategy {
      use_only = "INCLUSION_BY_RESOURCE_TYPES"
    }
  }
}
