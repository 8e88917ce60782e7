# METADATA
# title: EBS volume is encrypted with the AWS managed key
# description: >-
#   An encrypted volume without a key of its own uses the AWS managed key `aws/ebs`,
#   whose key policy you cannot change: every principal of the account allowed to use
#   EBS can use it, and snapshots encrypted with it cannot be shared with another
#   account. A customer managed key lets the key policy decide who reads the data and
#   lets snapshots be shared. Unencrypted volumes are AWS-EC2-009's finding.
# custom:
#   id: AWS-EC2-017
#   severity: low
#   input: aws
#   remediation: |
#     Encrypt the volume with a customer managed KMS key.
#
#     CloudFormation:
#     ```yaml
#     Encrypted: true
#     KmsKeyId: !Ref VolumeKey
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_ebs_volume" "data" {
#       # ...
#       encrypted  = true
#       kms_key_id = aws_kms_key.volumes.arn
#     }
#     ```
#   frameworks: ["nist-800-53 SC-12", "nist-800-53 SC-28", "devops hardening"]
#   aliases: ["AVD-AWS-0027", "CKV_AWS_189"]
package shipgate.aws.ec2_volume_cmk

import data.shipgate.lib

deny contains lib.result(msg, v, v.kms_key) if {
	some v in input.aws.ec2.volumes
	lib.is_true(v.encrypted)
	lib.is_null(v.kms_key)
	msg := sprintf("EBS volume %q is encrypted with the AWS managed key aws/ebs; set %s to a customer managed KMS key", [v.resource, v.kms_key.key])
}
