# METADATA
# title: KMS key does not rotate its key material
# description: >-
#   Automatic rotation replaces a symmetric key's material every year (or the period
#   set) while keeping old material for decryption, which bounds how much data a
#   single compromised key version protects and meets most key-management policies.
#   It is off unless enabled. Only symmetric encryption keys whose material KMS
#   generates can rotate automatically; asymmetric, HMAC, imported and custom key store
#   keys are not reported.
# custom:
#   id: AWS-KMS-001
#   severity: medium
#   input: aws
#   remediation: |
#     Enable automatic key rotation.
#
#     CloudFormation:
#     ```yaml
#     Type: AWS::KMS::Key
#     Properties:
#       EnableKeyRotation: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_kms_key" "data" {
#       enable_key_rotation = true
#     }
#     ```
#   frameworks: ["aws-fsbp KMS.4", "cis-aws-3.0 3.6", "nist-800-53 SC-12", "devops hardening"]
#   aliases: ["AVD-AWS-0065", "CKV_AWS_7"]
package shipgate.aws.kms_rotation

import data.shipgate.lib

deny contains lib.result(msg, k, k.rotation_enabled) if {
	some k in input.aws.kms.keys
	lib.is_false(k.rotation_enabled)
	lib.has_value(k.key_spec, "SYMMETRIC_DEFAULT")
	lib.has_value(k.key_usage, "ENCRYPT_DECRYPT")
	lib.has_value(k.origin, "AWS_KMS")
	msg := sprintf("KMS key %q does not rotate its key material (%s); turn automatic rotation on", [k.resource, k.rotation_enabled.key])
}
