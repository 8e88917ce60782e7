variable "aggregator_role_arn" {
  type = string
}

variable "all_regions" {
  type = bool
}

resource "aws_config_configuration_aggregator" "organization" {
  name = "organization"

  organization_aggregation_source {
    role_arn    = var.aggregator_role_arn
    all_regions = true
  }
}

# Unknown: a variable without a default.
resource "aws_config_configuration_aggregator" "accounts" {
  name = "accounts"

  account_aggregation_source {
    account_ids = ["111122223333"]
    all_regions = var.all_regions
  }
}
