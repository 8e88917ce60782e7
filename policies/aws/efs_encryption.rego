# METADATA
# title: EFS file system is not encrypted at rest
# description: >-
#   An unencrypted file system stores its files and metadata in plain text. EFS creates
#   file systems unencrypted unless Encrypted is true through the API, CloudFormation and
#   Terraform (the console encrypts by default), and it cannot be changed later.
# custom:
#   id: AWS-EFS-001
#   severity: high
#   input: aws
#   remediation: |
#     Create the file system encrypted, optionally with a customer managed key.
#
#     CloudFormation:
#     ```yaml
#     Encrypted: true
#     KmsKeyId: !Ref FilesKey
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_efs_file_system" "shared" {
#       # ...
#       encrypted  = true
#       kms_key_id = aws_kms_key.files.arn
#     }
#     ```
#   frameworks: ["aws-fsbp EFS.1", "nist-800-53 SC-28", "devops hardening"]
#   aliases: ["AVD-AWS-0037", "CKV_AWS_42"]
package shipgate.aws.efs_encryption

import data.shipgate.lib

deny contains lib.result(msg, x, x.encrypted) if {
	some x in input.aws.efs.file_systems
	lib.is_false(x.encrypted)
	msg := sprintf("file system %q is not encrypted at rest%s; set %s to true", [x.resource, lib.value_origin(x.encrypted), x.encrypted.key])
}
