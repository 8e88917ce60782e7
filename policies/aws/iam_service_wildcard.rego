# METADATA
# title: IAM policy allows every action of a service
# description: >-
#   An Allow statement with an action of "*" or "<service>:*" grants every present and
#   future action of that service, including the destructive and administrative ones
#   (s3:DeleteBucket, s3:PutBucketPolicy, dynamodb:DeleteTable …), usually far more
#   than the workload uses. Statements that allow every action on every resource, or
#   iam:* on every resource, are reported as administrator access by AWS-IAM-001
#   instead.
# custom:
#   id: AWS-IAM-003
#   severity: medium
#   input: aws
#   remediation: |
#     List the actions the principal calls instead of a service wildcard.
#
#     CloudFormation:
#     ```yaml
#     Statement:
#       - Effect: Allow
#         Action:
#           - s3:GetObject
#           - s3:PutObject
#         Resource: !Sub "${Artifacts.Arn}/*"
#     ```
#
#     Terraform:
#     ```hcl
#     data "aws_iam_policy_document" "app" {
#       statement {
#         actions   = ["s3:GetObject", "s3:PutObject"]
#         resources = ["${aws_s3_bucket.artifacts.arn}/*"]
#       }
#     }
#     ```
#   frameworks: ["nist-800-53 AC-6", "devops least-privilege"]
#   aliases: ["AVD-AWS-0057", "AVD-AWS-0345", "CKV_AWS_49", "CKV_AWS_63"]
package shipgate.aws.iam_service_wildcard

import data.shipgate.lib

deny contains lib.result(msg, p, s) if {
	some p in input.aws.iam.policies
	some s in p.statements
	lib.has_value(s.effect, "Allow")
	some action in lib.items(s.actions)
	service_wildcard(action)
	not administrator(action, s)
	msg := sprintf("policy %q allows every action of %s (%q in %s); list the actions the principal needs", [p.resource, service(action), action, s.actions.key])
}

service_wildcard(action) if action in {"*", "*:*"}

service_wildcard(action) if regex.match(`^[A-Za-z0-9-]+:\*$`, action)

service(action) := "every service" if action in {"*", "*:*"}

service(action) := split(action, ":")[0] if not action in {"*", "*:*"}

# administrator is what AWS-IAM-001 reports.
administrator(action, s) if {
	lower(action) in {"*", "*:*", "iam:*"}
	lib.contains_value(s.resources, "*")
}
