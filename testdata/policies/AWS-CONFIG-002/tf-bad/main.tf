variable "aggregator_role_arn" {
  type = string
}

resource "aws_config_configuration_aggregator" "organization" {
  name = "organization"

  organization_aggregation_source {
    role_arn    = var.aggregator_role_arn
    all_regions = false # expect: AWS-CONFIG-002
    regions     = ["eu-west-1", "us-east-1"]
  }
}

resource "aws_config_configuration_aggregator" "accounts" {
  name = "accounts"

  account_aggregation_source { # expect: AWS-CONFIG-002
    account_ids = ["111122223333"]
    regions     = ["eu-west-1"]
  }
}
