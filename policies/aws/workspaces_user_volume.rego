# METADATA
# title: WorkSpaces user volume is not encrypted
# description: >-
#   The user volume of a WorkSpace holds the user's profile and documents. It is not
#   encrypted unless encryption is enabled, and encryption cannot be added to an
#   existing WorkSpace: it must be rebuilt.
# custom:
#   id: AWS-WORKSPACES-001
#   severity: medium
#   input: aws
#   remediation: |
#     Encrypt the user volume (with a customer managed key if you control access by key policy).
#
#     CloudFormation:
#     ```yaml
#     UserVolumeEncryptionEnabled: true
#     VolumeEncryptionKey: !Ref WorkspacesKey
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_workspaces_workspace" "analyst" {
#       # ...
#       user_volume_encryption_enabled = true
#       volume_encryption_key          = aws_kms_key.workspaces.arn
#     }
#     ```
#   frameworks: ["aws-fsbp WorkSpaces.1", "nist-800-53 SC-28", "nist-800-53 SC-28(1)"]
#   aliases: ["AVD-AWS-0109", "CKV_AWS_155"]
package shipgate.aws.workspaces_user_volume

import data.shipgate.lib

deny contains lib.result(msg, ws, ws.user_volume_encrypted) if {
	some ws in input.aws.workspaces.workspaces
	lib.is_false(ws.user_volume_encrypted)
	msg := sprintf("WorkSpace %q does not encrypt its user volume (%s); set it to true (the WorkSpace is rebuilt)", [ws.resource, ws.user_volume_encrypted.key])
}
