# METADATA
# title: RDS instance has Performance Insights off
# description: >-
#   Performance Insights records database load by wait event, query, host and user, which
#   is how a slow or overloaded database is diagnosed after the fact. Without it only
#   coarse CloudWatch metrics remain. Micro and small instance classes, which some engines
#   do not support it on, are not reported.
# custom:
#   id: AWS-RDS-013
#   severity: low
#   input: aws
#   remediation: |
#     Turn on Performance Insights, encrypted with a customer managed key.
#
#     CloudFormation:
#     ```yaml
#     EnablePerformanceInsights: true
#     PerformanceInsightsKMSKeyId: !Ref DatabaseKey
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_db_instance" "db" {
#       # ...
#       performance_insights_enabled    = true
#       performance_insights_kms_key_id = aws_kms_key.db.arn
#     }
#     ```
#   frameworks: ["devops observability"]
#   aliases: ["AVD-AWS-0133", "CKV_AWS_353"]
package shipgate.aws.rds_performance_insights

import data.shipgate.lib

deny contains lib.result(msg, x, x.performance_insights) if {
	some x in input.aws.rds.instances
	lib.known(x.instance_class)
	not regex.match(`\.(micro|small)$`, lib.lower_value(x.instance_class))
	lib.is_false(x.performance_insights)
	msg := sprintf("database instance %q has Performance Insights off%s; set %s to true", [x.resource, lib.value_origin(x.performance_insights), x.performance_insights.key])
}
