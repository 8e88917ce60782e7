# METADATA
# title: AppConfig production environment has no alarm monitors
# description: >-
#   AppConfig rolls a configuration deployment back automatically only when one of
#   the environment's monitors (a CloudWatch alarm) goes into ALARM during the
#   deployment or its bake time. A production environment without monitors keeps a
#   bad flag or setting until someone notices and deploys the previous version by
#   hand. An environment counts as production when its name or address has the word
#   prod or production.
# custom:
#   id: AWS-APPCONFIG-002
#   severity: low
#   input: aws
#   remediation: |
#     Add the alarms that watch the application's health as monitors of the
#     environment.
#
#     CloudFormation:
#     ```yaml
#     Production:
#       Type: AWS::AppConfig::Environment
#       Properties:
#         ApplicationId: !Ref App
#         Name: production
#         Monitors:
#           - AlarmArn: !GetAtt ErrorRateAlarm.Arn
#             AlarmRoleArn: !GetAtt AppConfigAlarmRole.Arn
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_appconfig_environment" "production" {
#       name           = "production"
#       application_id = aws_appconfig_application.app.id
#       monitor {
#         alarm_arn      = aws_cloudwatch_metric_alarm.errors.arn
#         alarm_role_arn = aws_iam_role.appconfig_alarms.arn
#       }
#     }
#     ```
#   frameworks: ["devops deployment-safety", "devops observability"]
package shipgate.aws.appconfig_production_monitors

import data.shipgate.lib

deny contains lib.resource_result(msg, e) if {
	some e in input.aws.appconfig.environments
	count(e.monitors) == 0
	production_environment(e)
	msg := sprintf("production environment %q has no alarm monitors, so a bad configuration is never rolled back automatically; add CloudWatch alarms on the application's health as monitors", [name(e)])
}

production_environment(e) if production(lib.string_value(e.name))

production_environment(e) if production(e.resource)

name(e) := lib.string_value(e.name)

name(e) := e.resource if not lib.string_value(e.name)

production(name) if {
	some word in lib.words(name)
	word in {"prod", "production"}
}
