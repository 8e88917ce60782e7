# METADATA
# title: Application load balancer passes invalid HTTP header fields on
# description: >-
#   Header fields whose names do not conform to the HTTP specification are a common
#   vehicle for request smuggling and header injection against the targets. An application
#   load balancer passes them on unless told to drop them.
# custom:
#   id: AWS-ELB-004
#   severity: medium
#   input: aws
#   remediation: |
#     Drop invalid header fields.
#
#     CloudFormation:
#     ```yaml
#     LoadBalancerAttributes:
#       - Key: routing.http.drop_invalid_header_fields.enabled
#         Value: "true"
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_lb" "app" {
#       name                       = "app"
#       subnets                    = var.public_subnet_ids
#       drop_invalid_header_fields = true
#     }
#     ```
#   frameworks: ["aws-fsbp ELB.4", "nist-800-53 SI-10", "devops hardening"]
#   aliases: ["CKV_AWS_131", "AVD-AWS-0052"]
package shipgate.aws.elb_drop_invalid_headers

import data.shipgate.lib

deny contains lib.result(msg, lb, lb.drop_invalid_headers) if {
	some lb in input.aws.elb.load_balancers
	lib.has_value(lb.type, "application")
	lib.is_false(lb.drop_invalid_headers)
	msg := sprintf("application load balancer %q passes invalid HTTP header fields to its targets; set %s to true", [lb.resource, lb.drop_invalid_headers.key])
}
