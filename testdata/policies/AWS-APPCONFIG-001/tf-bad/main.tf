resource "aws_appconfig_application" "storefront" {
  name = "storefront"
}

resource "aws_appconfig_environment" "production" {
  name           = "production"
  application_id = aws_appconfig_application.storefront.id
}

resource "aws_appconfig_configuration_profile" "flags" {
  application_id = aws_appconfig_application.storefront.id
  name           = "flags"
  location_uri   = "hosted"
  type           = "AWS.AppConfig.FeatureFlags"
}

resource "aws_appconfig_deployment_strategy" "instant" {
  name                           = "instant"
  deployment_duration_in_minutes = 0
  growth_factor                  = 100
  replicate_to                   = "NONE"
}

resource "aws_appconfig_deployment" "flags" {
  application_id           = aws_appconfig_application.storefront.id
  environment_id           = aws_appconfig_environment.production.environment_id
  configuration_profile_id = aws_appconfig_configuration_profile.flags.configuration_profile_id
  configuration_version    = "1"
  deployment_strategy_id   = "AppConfig.AllAtOnce" # expect: AWS-APPCONFIG-001
}

resource "aws_appconfig_deployment" "settings" {
  application_id           = aws_appconfig_application.storefront.id
  environment_id           = aws_appconfig_environment.production.environment_id
  configuration_profile_id = aws_appconfig_configuration_profile.flags.configuration_profile_id
  configuration_version    = "2"
  deployment_strategy_id   = aws_appconfig_deployment_strategy.instant.id # expect: AWS-APPCONFIG-001
}
