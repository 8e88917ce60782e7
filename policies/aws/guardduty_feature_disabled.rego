# METADATA
# title: GuardDuty protection plan is turned off
# description: >-
#   A detector feature set to DISABLED (S3 data events, EKS audit logs or runtime
#   monitoring, malware protection for EC2, RDS login events, Lambda network logs)
#   leaves that kind of resource without threat detection, while the detector itself
#   looks enabled. Only features the template sets are judged; a feature it does not
#   mention keeps the account's or organisation's setting.
# custom:
#   id: AWS-GUARDDUTY-002
#   severity: low
#   input: aws
#   remediation: |
#     Enable the protection plan, or remove the entry and let the organisation's
#     auto-enable settings decide.
#
#     CloudFormation:
#     ```yaml
#     Detector:
#       Type: AWS::GuardDuty::Detector
#       Properties:
#         Enable: true
#         Features:
#           - Name: S3_DATA_EVENTS
#             Status: ENABLED
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_guardduty_detector_feature" "s3" {
#       detector_id = aws_guardduty_detector.main.id
#       name        = "S3_DATA_EVENTS"
#       status      = "ENABLED"
#     }
#     ```
#   frameworks: ["aws-fsbp GuardDuty.5", "aws-fsbp GuardDuty.6", "aws-fsbp GuardDuty.7", "aws-fsbp GuardDuty.8", "aws-fsbp GuardDuty.9", "aws-fsbp GuardDuty.10", "aws-fsbp GuardDuty.11", "nist-800-53 SI-4"]
package shipgate.aws.guardduty_feature_disabled

import data.shipgate.lib

deny contains lib.result(msg, f, f.status) if {
	some f in input.aws.guardduty.detector_features
	upper(lib.string_value(f.status)) == "DISABLED"
	msg := sprintf("GuardDuty detector %q turns the %s protection plan off (%s is DISABLED)%s; enable it", [f.resource, lib.display_name(f.name), f.status.key, lib.value_origin(f.status)])
}
