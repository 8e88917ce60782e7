# METADATA
# title: RDS instance has no Enhanced Monitoring
# description: >-
#   Enhanced Monitoring collects operating-system metrics (CPU per process, memory, file
#   system, disk I/O) every 1 to 60 seconds. Without it an incident leaves only the
#   hypervisor-level CloudWatch metrics, which hide what the database host was doing.
# custom:
#   id: AWS-RDS-009
#   severity: low
#   input: aws
#   remediation: |
#     Set a monitoring interval (1, 5, 10, 15, 30 or 60 seconds) and a monitoring role.
#
#     CloudFormation:
#     ```yaml
#     MonitoringInterval: 60
#     MonitoringRoleArn: !GetAtt MonitoringRole.Arn
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_db_instance" "db" {
#       # ...
#       monitoring_interval = 60
#       monitoring_role_arn = aws_iam_role.rds_monitoring.arn
#     }
#     ```
#   frameworks: ["aws-fsbp RDS.6", "nist-800-53 CA-7", "devops observability"]
#   aliases: ["CKV_AWS_118"]
package shipgate.aws.rds_enhanced_monitoring

import data.shipgate.lib

deny contains lib.result(msg, x, x.monitoring_interval) if {
	some x in input.aws.rds.instances
	lib.has_value(x.monitoring_interval, 0)
	msg := sprintf("database instance %q has no Enhanced Monitoring%s; set %s to 60 seconds or less", [x.resource, lib.value_origin(x.monitoring_interval), x.monitoring_interval.key])
}
