# METADATA
# title: Load balancer has no deletion protection
# description: >-
#   Deleting the load balancer in front of a service takes the service off the internet,
#   and its DNS name cannot be recovered. Deletion protection makes a mistaken stack
#   update, `terraform destroy` or console click fail instead.
# custom:
#   id: AWS-ELB-005
#   severity: low
#   input: aws
#   remediation: |
#     Turn on deletion protection.
#
#     CloudFormation:
#     ```yaml
#     LoadBalancerAttributes:
#       - Key: deletion_protection.enabled
#         Value: "true"
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_lb" "app" {
#       name                       = "app"
#       subnets                    = var.public_subnet_ids
#       enable_deletion_protection = true
#     }
#     ```
#   frameworks: ["aws-fsbp ELB.6", "nist-800-53 CP-10", "devops resilience"]
#   aliases: ["CKV_AWS_150"]
package shipgate.aws.elb_deletion_protection

import data.shipgate.lib

deny contains lib.result(msg, lb, lb.deletion_protection) if {
	some lb in input.aws.elb.load_balancers
	lib.is_false(lb.deletion_protection)
	msg := sprintf("load balancer %q has no deletion protection; set %s to true", [lb.resource, lb.deletion_protection.key])
}
