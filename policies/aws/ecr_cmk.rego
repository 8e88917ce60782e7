# METADATA
# title: ECR repository is not encrypted with a customer managed KMS key
# description: >-
#   ECR encrypts images with S3-managed keys (AES256) unless the repository uses KMS,
#   and with the AWS managed key aws/ecr when KMS is chosen without a key. Only a
#   customer managed key lets the key policy decide who can pull the layers' data,
#   records its use in CloudTrail and can be disabled. The encryption settings cannot be
#   changed after the repository is created.
# custom:
#   id: AWS-ECR-004
#   severity: low
#   input: aws
#   remediation: |
#     Create the repository with KMS encryption and your key.
#
#     CloudFormation:
#     ```yaml
#     EncryptionConfiguration:
#       EncryptionType: KMS
#       KmsKey: !GetAtt ImagesKey.Arn
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_ecr_repository" "app" {
#       name = "app"
#       encryption_configuration {
#         encryption_type = "KMS"
#         kms_key         = aws_kms_key.images.arn
#       }
#     }
#     ```
#   frameworks: ["nist-800-53 SC-28", "nist-800-53 SC-12"]
#   aliases: ["AVD-AWS-0033", "CKV_AWS_136"]
package shipgate.aws.ecr_cmk

import data.shipgate.lib

deny contains lib.result(msg, repo, repo.encryption_type) if {
	some repo in input.aws.ecr.repositories
	lib.has_value(repo.encryption_type, "AES256")
	msg := sprintf("repository %q is encrypted with S3-managed keys (%s is AES256); create it with KMS encryption and a customer managed key", [repo.resource, repo.encryption_type.key])
}

deny contains lib.result(msg, repo, repo.kms_key) if {
	some repo in input.aws.ecr.repositories
	startswith(lib.string_value(repo.encryption_type), "KMS")
	lib.is_null(repo.kms_key)
	msg := sprintf("repository %q is encrypted with the AWS managed key aws/ecr (%s is not set); use a customer managed key", [repo.resource, repo.kms_key.key])
}
