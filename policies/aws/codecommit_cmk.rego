# METADATA
# title: CodeCommit repository is not encrypted with a customer managed KMS key
# description: >-
#   Without KmsKeyId a repository is encrypted with the AWS managed key
#   aws/codecommit, whose key policy you cannot restrict: anyone with CodeCommit
#   read access in the account can read the code, and the key cannot be disabled
#   to cut off access to the source in an incident.
# custom:
#   id: AWS-CODECOMMIT-001
#   severity: low
#   input: aws
#   remediation: |
#     Encrypt the repository with a customer managed KMS key.
#
#     CloudFormation:
#     ```yaml
#     Repository:
#       Type: AWS::CodeCommit::Repository
#       Properties:
#         RepositoryName: api
#         KmsKeyId: !GetAtt SourceKey.Arn
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_codecommit_repository" "api" {
#       repository_name = "api"
#       kms_key_id      = aws_kms_key.source.arn
#     }
#     ```
#   frameworks: ["nist-800-53 SC-12", "devops hardening", "devops supply-chain"]
package shipgate.aws.codecommit_cmk

import data.shipgate.lib

deny contains lib.result(msg, r, r.kms_key) if {
	some r in input.aws.codecommit.repositories
	lib.is_null(r.kms_key)
	msg := sprintf("repository %q is encrypted with the AWS managed key aws/codecommit (%s not set); set it to a customer managed KMS key", [r.resource, r.kms_key.key])
}

deny contains lib.result(msg, r, r.kms_key) if {
	some r in input.aws.codecommit.repositories
	key := lib.string_value(r.kms_key)
	regex.match(`^(arn:[^:]+:kms:[^:]*:[^:]*:)?alias/aws/codecommit$`, key)
	msg := sprintf("repository %q is encrypted with the AWS managed key %q (%s); set it to a customer managed KMS key", [r.resource, key, r.kms_key.key])
}
