resource "aws_appconfig_application" "storefront" {
  name = "storefront"
}

resource "aws_appconfig_environment" "production" { # expect: AWS-APPCONFIG-002
  name           = "production"
  application_id = aws_appconfig_application.storefront.id
}
