# METADATA
# title: CodeBuild project is not encrypted with a customer managed KMS key
# description: >-
#   Without an EncryptionKey (or with the AWS managed alias/aws/s3) CodeBuild
#   encrypts build output artifacts, caches and reports with the AWS managed S3 key,
#   whose key policy you cannot restrict or audit separately, and which a
#   cross-account pipeline cannot use.
# custom:
#   id: AWS-CODEBUILD-008
#   severity: low
#   input: aws
#   remediation: |
#     Encrypt the project's output with a customer managed KMS key.
#
#     CloudFormation:
#     ```yaml
#     Build:
#       Type: AWS::CodeBuild::Project
#       Properties:
#         # ...
#         EncryptionKey: !GetAtt BuildKey.Arn
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_codebuild_project" "build" {
#       # ...
#       encryption_key = aws_kms_key.build.arn
#     }
#     ```
#   frameworks: ["nist-800-53 SC-12", "devops hardening"]
#   aliases: ["CKV_AWS_147"]
package shipgate.aws.codebuild_cmk

import data.shipgate.lib

deny contains lib.result(msg, p, p.encryption_key) if {
	some p in input.aws.codebuild.projects
	lib.is_null(p.encryption_key)
	msg := sprintf("project %q encrypts its build output with the AWS managed key aws/s3 (%s not set); set it to a customer managed KMS key", [p.resource, p.encryption_key.key])
}

deny contains lib.result(msg, p, p.encryption_key) if {
	some p in input.aws.codebuild.projects
	key := lib.string_value(p.encryption_key)
	aws_managed(key)
	msg := sprintf("project %q encrypts its build output with the AWS managed key %q (%s)%s; set it to a customer managed KMS key", [p.resource, key, p.encryption_key.key, lib.value_origin(p.encryption_key)])
}

# aws_managed is true for the alias of the AWS managed S3 key, by name or ARN.
aws_managed(key) if regex.match(`^(arn:[^:]+:kms:[^:]*:[^:]*:)?alias/aws/s3$`, key)
