# METADATA
# title: SQS queue has server-side encryption turned off
# description: >-
#   SQS encrypts every new queue with keys it owns (SSE-SQS) unless SqsManagedSseEnabled
#   is set to false; a queue that turns it off without a KMS key stores its messages
#   unencrypted. Queues that leave the setting out are encrypted and not reported.
# custom:
#   id: AWS-SQS-001
#   severity: medium
#   input: aws
#   remediation: |
#     Remove the setting (SSE-SQS is the default) or give the queue a KMS key.
#
#     CloudFormation:
#     ```yaml
#     Type: AWS::SQS::Queue
#     Properties:
#       SqsManagedSseEnabled: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_sqs_queue" "jobs" {
#       name                    = "jobs"
#       sqs_managed_sse_enabled = true
#     }
#     ```
#   frameworks: ["aws-fsbp SQS.1", "nist-800-53 SC-28"]
#   aliases: ["AVD-AWS-0096", "CKV_AWS_27"]
package shipgate.aws.sqs_encryption

import data.shipgate.lib

deny contains lib.result(msg, q, q.managed_sse) if {
	some q in input.aws.sqs.queues
	lib.is_false(q.managed_sse)
	lib.is_null(q.kms_key)
	msg := sprintf("SQS queue %q stores its messages unencrypted: %s is false and no KMS key is set; set it to true or give the queue a KMS key", [q.resource, q.managed_sse.key])
}
