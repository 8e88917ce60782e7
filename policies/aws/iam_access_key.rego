# METADATA
# title: Template creates an IAM access key
# description: >-
#   An access key is a long-lived credential: it works from anywhere until someone
#   deletes it, and a key created by a template has its secret in the stack outputs,
#   the Terraform state or wherever the template hands it on. Workloads should use
#   roles (instance profiles, task roles, IAM Roles Anywhere, OIDC federation for CI),
#   and people IAM Identity Center, whose credentials are temporary.
# custom:
#   id: AWS-IAM-008
#   severity: medium
#   input: aws
#   remediation: |
#     Remove the access key and give the workload a role it assumes.
#
#     CloudFormation:
#     ```yaml
#     DeployRole:
#       Type: AWS::IAM::Role
#       Properties:
#         AssumeRolePolicyDocument:
#           Version: "2012-10-17"
#           Statement:
#             - Effect: Allow
#               Principal:
#                 Federated: !Sub "arn:aws:iam::${AWS::AccountId}:oidc-provider/token.actions.githubusercontent.com"
#               Action: sts:AssumeRoleWithWebIdentity
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_iam_role" "deploy" {
#       name               = "deploy"
#       assume_role_policy = data.aws_iam_policy_document.github_oidc.json
#     }
#     ```
#   frameworks: ["devops secrets", "devops least-privilege"]
#   aliases: []
package shipgate.aws.iam_access_key

import data.shipgate.lib

deny contains lib.result(msg, k, k.status) if {
	some k in input.aws.iam.access_keys
	lib.has_value(k.status, "Active")
	msg := sprintf("access key %q is a long-lived credential of user %q (%s is Active); give the workload a role it assumes instead", [k.resource, lib.display_name(k.user), k.status.key])
}
