# METADATA
# title: App Runner service does not trace requests
# description: >-
#   Without an observability configuration App Runner sends no X-Ray traces, so a slow
#   or failing request cannot be followed into the services and databases it calls.
#   Tracing is off unless the service enables it.
# custom:
#   id: AWS-APPRUNNER-001
#   severity: low
#   input: aws
#   remediation: |
#     Enable observability with an X-Ray observability configuration (and instrument the
#     application with the AWS Distro for OpenTelemetry).
#
#     CloudFormation:
#     ```yaml
#     ObservabilityConfiguration:
#       ObservabilityEnabled: true
#       ObservabilityConfigurationArn: !GetAtt Tracing.ObservabilityConfigurationArn
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_apprunner_service" "api" {
#       # ...
#       observability_configuration {
#         observability_enabled           = true
#         observability_configuration_arn = aws_apprunner_observability_configuration.tracing.arn
#       }
#     }
#     ```
#   frameworks: ["nist-800-53 AU-12", "devops observability"]
package shipgate.aws.apprunner_observability

import data.shipgate.lib

deny contains lib.result(msg, s, s.observability_enabled) if {
	some s in input.aws.apprunner.services
	lib.is_false(s.observability_enabled)
	msg := sprintf("App Runner service %q does not trace requests (%s is false); enable observability with an X-Ray configuration", [s.resource, s.observability_enabled.key])
}
