variable "config_role_arn" {
  type = string
}

variable "record_everything" {
  type = bool
}

resource "aws_config_configuration_recorder" "main" {
  name     = "default"
  role_arn = var.config_role_arn

  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }
}

# Unknown: a variable without a default.
resource "aws_config_configuration_recorder" "regional" {
  name     = "regional"
  role_arn = var.config_role_arn

  recording_group {
    all_supported = var.record_everything
  }
}
