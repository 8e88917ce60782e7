# METADATA
# title: IAM user has an inline policy
# description: >-
#   An inline policy embedded in a user (the user's Policies, AWS::IAM::UserPolicy,
#   an AWS::IAM::Policy that lists the user, aws_iam_user_policy) grants permissions
#   to one person or one set of long-lived credentials, outside any group or role:
#   hard to review, easy to forget when people change teams. Grant permissions through
#   groups for people and roles for workloads.
# custom:
#   id: AWS-IAM-007
#   severity: low
#   input: aws
#   remediation: |
#     Move the statements to a managed policy attached to a group the user belongs to.
#
#     CloudFormation:
#     ```yaml
#     DeveloperPolicy:
#       Type: AWS::IAM::ManagedPolicy
#       Properties:
#         Groups:
#           - !Ref Developers
#         PolicyDocument:
#           Version: "2012-10-17"
#           Statement:
#             - Effect: Allow
#               Action: s3:GetObject
#               Resource: arn:aws:s3:::acme-reports/*
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_iam_group_policy" "developers" {
#       group  = aws_iam_group.developers.name
#       policy = data.aws_iam_policy_document.reports.json
#     }
#     ```
#   frameworks: ["aws-fsbp IAM.2", "cis-aws-3.0 1.15", "nist-800-53 AC-2", "nist-800-53 AC-6", "devops least-privilege"]
#   aliases: ["AVD-AWS-0143", "CKV_AWS_40"]
package shipgate.aws.iam_user_inline_policy

import data.shipgate.lib

# Resource types whose documents are always inline in a user.
user_inline_types := {"AWS::IAM::User", "AWS::IAM::UserPolicy", "aws_iam_user_policy"}

deny contains lib.result(msg, p, p) if {
	some p in input.aws.iam.policies
	p.type in user_inline_types
	msg := sprintf("%s; grant the permissions through a group the user belongs to, or give the workload a role", [subject(p)])
}

# An AWS::IAM::Policy (always inline) that lists a user of the document.
deny contains lib.result(msg, p, p) if {
	some p in input.aws.iam.policies
	p.type == "AWS::IAM::Policy"
	some user in p.attached_to
	user in {u.resource | some u in input.aws.iam.users}
	msg := sprintf("policy %q is embedded in user %q (Users); grant the permissions through a group the user belongs to, or give the workload a role", [p.resource, user])
}

subject(p) := sprintf("user %q has an inline policy %q", [p.resource, lib.display_name(p.name)]) if p.type == "AWS::IAM::User"

subject(p) := sprintf("%q is an inline policy of a user", [p.resource]) if p.type != "AWS::IAM::User"
