# METADATA
# title: Load balancer does not write access logs
# description: >-
#   Access logs record every request a load balancer received, from which client, to which
#   target, and with what result. Without them an incident on the edge of the application
#   cannot be traced.
# custom:
#   id: AWS-ELB-003
#   severity: medium
#   input: aws
#   remediation: |
#     Turn on access logs to an S3 bucket the load balancer may write to.
#
#     CloudFormation:
#     ```yaml
#     LoadBalancerAttributes:
#       - Key: access_logs.s3.enabled
#         Value: "true"
#       - Key: access_logs.s3.bucket
#         Value: !Ref AccessLogBucket
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_lb" "app" {
#       name    = "app"
#       subnets = var.public_subnet_ids
#       access_logs {
#         bucket  = aws_s3_bucket.lb_logs.id
#         enabled = true
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp ELB.5", "nist-800-53 AU-2", "nist-800-53 AU-12", "devops observability"]
#   aliases: ["CKV_AWS_91"]
package shipgate.aws.elb_access_logs

import data.shipgate.lib

deny contains lib.result(msg, lb, lb.access_logs) if {
	some lb in input.aws.elb.load_balancers

	# Gateway load balancers have no access logs.
	lib.string_value(lb.type) in {"application", "network"}
	lib.is_false(lb.access_logs)
	msg := sprintf("load balancer %q does not write access logs; set %s to true and name a bucket", [lb.resource, lb.access_logs.key])
}
