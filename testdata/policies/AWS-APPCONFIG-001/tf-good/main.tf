variable "strategy_id" {
  type = string
}

resource "aws_appconfig_application" "storefront" {
  name = "storefront"
}

resource "aws_appconfig_environment" "production" {
  name           = "production"
  application_id = aws_appconfig_application.storefront.id
}

resource "aws_appconfig_environment" "staging" {
  name           = "staging"
  application_id = aws_appconfig_application.storefront.id
}

resource "aws_appconfig_configuration_profile" "flags" {
  application_id = aws_appconfig_application.storefront.id
  name           = "flags"
  location_uri   = "hosted"
  type           = "AWS.AppConfig.FeatureFlags"
}

resource "aws_appconfig_deployment_strategy" "gradual" {
  name                           = "gradual"
  deployment_duration_in_minutes = 30
  growth_factor                  = 20
  final_bake_time_in_minutes     = 10
  replicate_to                   = "NONE"
}

resource "aws_appconfig_deployment" "production" {
  application_id           = aws_appconfig_application.storefront.id
  environment_id           = aws_appconfig_environment.production.environment_id
  configuration_profile_id = aws_appconfig_configuration_profile.flags.configuration_profile_id
  configuration_version    = "1"
  deployment_strategy_id   = aws_appconfig_deployment_strategy.gradual.id
}

resource "aws_appconfig_deployment" "staging" {
  application_id           = aws_appconfig_application.storefront.id
  environment_id           = aws_appconfig_environment.staging.environment_id
  configuration_profile_id = aws_appconfig_configuration_profile.flags.configuration_profile_id
  configuration_version    = "1"
  deployment_strategy_id   = "AppConfig.AllAtOnce"
}

# Unknown: a variable without a default.
resource "aws_appconfig_deployment" "settings" {
  application_id           = aws_appconfig_application.storefront.id
  environment_id           = aws_appconfig_environment.production.environment_id
  configuration_profile_id = aws_appconfig_configuration_profile.flags.configuration_profile_id
  configuration_version    = "2"
  deployment_strategy_id   = var.strategy_id
}
