# METADATA
# title: GuardDuty detector is declared but disabled
# description: >-
#   A detector with Enable false exists but analyses nothing: no CloudTrail, VPC flow
#   log or DNS findings are produced for the account and region, while the template
#   suggests threat detection is in place. Only a declared detector is judged; a
#   template that declares none is not reported.
# custom:
#   id: AWS-GUARDDUTY-001
#   severity: medium
#   input: aws
#   remediation: |
#     Enable the detector.
#
#     CloudFormation:
#     ```yaml
#     Detector:
#       Type: AWS::GuardDuty::Detector
#       Properties:
#         Enable: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_guardduty_detector" "main" {
#       enable = true
#     }
#     ```
#   frameworks: ["aws-fsbp GuardDuty.1", "nist-800-53 SI-4"]
#   aliases: ["CKV_AWS_238"]
package shipgate.aws.guardduty_detector_disabled

import data.shipgate.lib

deny contains lib.result(msg, d, d.enabled) if {
	some d in input.aws.guardduty.detectors
	lib.is_false(d.enabled)
	msg := sprintf("GuardDuty detector %q is disabled (%s is false)%s; enable it", [d.resource, d.enabled.key, lib.value_origin(d.enabled)])
}
