# METADATA
# title: Amazon MQ broker is publicly accessible
# description: >-
#   A publicly accessible broker has endpoints with public addresses: anyone on the
#   internet can reach its console and its messaging ports, and only the broker's users
#   and passwords stand between them and the queues. Keep brokers in private subnets and
#   reach them through the VPC.
# custom:
#   id: AWS-MQ-001
#   severity: high
#   input: aws
#   remediation: |
#     Make the broker private (this replaces the broker).
#
#     CloudFormation:
#     ```yaml
#     PubliclyAccessible: false
#     SubnetIds:
#       - !Ref PrivateSubnet
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_mq_broker" "orders" {
#       # ...
#       publicly_accessible = false
#       subnet_ids          = [aws_subnet.private.id]
#     }
#     ```
#   frameworks: ["nist-800-53 AC-3", "nist-800-53 SC-7", "devops hardening"]
#   aliases: ["AVD-AWS-0072", "CKV_AWS_69"]
package shipgate.aws.mq_public

import data.shipgate.lib

deny contains lib.result(msg, b, b.publicly_accessible) if {
	some b in input.aws.mq.brokers
	lib.is_true(b.publicly_accessible)
	msg := sprintf("broker %q is publicly accessible (%s%s); set it to false and place the broker in private subnets", [b.resource, b.publicly_accessible.key, lib.value_origin(b.publicly_accessible)])
}
