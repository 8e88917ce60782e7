# METADATA
# title: IAM user has a managed policy attached directly
# description: >-
#   Permissions attached to individual users are hard to review and are forgotten
#   when people change teams; granting them through groups (for people) or roles
#   (for workloads) keeps one place to audit and revoke them. This covers managed
#   policies attached to a user (ManagedPolicyArns, AWS::IAM::ManagedPolicy Users,
#   aws_iam_user_policy_attachment, aws_iam_policy_attachment users); inline policies
#   are AWS-IAM-007.
# custom:
#   id: AWS-IAM-006
#   severity: low
#   input: aws
#   remediation: |
#     Attach the policy to a group and make the user a member.
#
#     CloudFormation:
#     ```yaml
#     Developers:
#       Type: AWS::IAM::Group
#       Properties:
#         ManagedPolicyArns:
#           - !Ref DeveloperPolicy
#     Alice:
#       Type: AWS::IAM::User
#       Properties:
#         Groups:
#           - !Ref Developers
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_iam_group_policy_attachment" "developers" {
#       group      = aws_iam_group.developers.name
#       policy_arn = aws_iam_policy.developer.arn
#     }
#
#     resource "aws_iam_user_group_membership" "alice" {
#       user   = aws_iam_user.alice.name
#       groups = [aws_iam_group.developers.name]
#     }
#     ```
#   frameworks: ["aws-fsbp IAM.2", "cis-aws-3.0 1.15", "nist-800-53 AC-2", "nist-800-53 AC-6", "devops least-privilege"]
#   aliases: ["AVD-AWS-0143", "CKV_AWS_40"]
package shipgate.aws.iam_user_managed_policy

import data.shipgate.lib

deny contains lib.result(msg, u, u.managed_policy_arns) if {
	some u in input.aws.iam.users
	count(lib.items(u.managed_policy_arns)) > 0
	msg := sprintf("user %q has managed policies attached directly (%s); attach them to a group the user belongs to, or give the workload a role", [u.resource, u.managed_policy_arns.key])
}

# A managed policy resource that lists a user of the document in Users.
deny contains lib.result(msg, p, {"src": sprintf("/Resources/%s", [p.resource])}) if {
	some p in input.aws.iam.policies
	p.type == "AWS::IAM::ManagedPolicy"
	some user in p.attached_to
	user in {u.resource | some u in input.aws.iam.users}
	msg := sprintf("managed policy %q is attached directly to user %q (Users); attach it to a group the user belongs to, or give the workload a role", [p.resource, user])
}
