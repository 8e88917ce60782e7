# METADATA
# title: WorkSpaces root volume is not encrypted
# description: >-
#   The root volume of a WorkSpace holds the operating system, installed applications
#   and whatever users save outside their profile. It is not encrypted unless encryption
#   is enabled, and encryption cannot be added to an existing WorkSpace: it must be
#   rebuilt.
# custom:
#   id: AWS-WORKSPACES-002
#   severity: medium
#   input: aws
#   remediation: |
#     Encrypt the root volume (with a customer managed key if you control access by key policy).
#
#     CloudFormation:
#     ```yaml
#     RootVolumeEncryptionEnabled: true
#     VolumeEncryptionKey: !Ref WorkspacesKey
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_workspaces_workspace" "analyst" {
#       # ...
#       root_volume_encryption_enabled = true
#       volume_encryption_key          = aws_kms_key.workspaces.arn
#     }
#     ```
#   frameworks: ["aws-fsbp WorkSpaces.2", "nist-800-53 SC-28", "nist-800-53 SC-28(1)"]
#   aliases: ["AVD-AWS-0109", "CKV_AWS_156"]
package shipgate.aws.workspaces_root_volume

import data.shipgate.lib

deny contains lib.result(msg, ws, ws.root_volume_encrypted) if {
	some ws in input.aws.workspaces.workspaces
	lib.is_false(ws.root_volume_encrypted)
	msg := sprintf("WorkSpace %q does not encrypt its root volume (%s); set it to true (the WorkSpace is rebuilt)", [ws.resource, ws.root_volume_encrypted.key])
}
