# METADATA
# title: IAM policy grants full administrative access
# description: >-
#   A statement that allows every action ("*" or "*:*") on every resource gives its
#   holder full control of the account, including IAM itself. Pipelines and services
#   need a least-privilege policy; keep administrator access for break-glass roles
#   managed outside application templates.
# custom:
#   id: AWS-IAM-001
#   severity: high
#   input: aws
#   remediation: |
#     List the actions and resources the principal needs instead of wildcards; IAM Access
#     Analyzer can generate such a policy from CloudTrail activity.
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
#     data "aws_iam_policy_document" "deploy" {
#       statement {
#         effect    = "Allow"
#         actions   = ["s3:GetObject", "s3:PutObject"]
#         resources = ["${aws_s3_bucket.artifacts.arn}/*"]
#       }
#     }
#     ```
#   frameworks: ["AWS-FSBP IAM.1", "CIS AWS Foundations v3.0 1.16", "DevOps: least privilege"]
#   aliases: ["CKV_AWS_1", "CKV_AWS_62"]
package shipgate.aws.iam_admin_policy

import data.shipgate.lib

deny contains lib.result(msg, p, s) if {
	some p in input.aws.iam.policies
	some s in p.statements
	lib.has_value(s.effect, "Allow")
	some action in lib.items(s.actions)
	action in {"*", "*:*"}
	lib.contains_value(s.resources, "*")
	msg := sprintf("policy %q allows action %q on every resource; grant only the actions and resources the principal needs", [p.resource, action])
}
