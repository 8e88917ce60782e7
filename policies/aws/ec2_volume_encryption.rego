# METADATA
# title: EBS volume is not encrypted
# description: >-
#   An unencrypted EBS volume, and every snapshot taken of it, holds its data in the clear:
#   a shared or leaked snapshot exposes it all. Encryption costs nothing measurable and
#   cannot be added to an existing volume later without copying it.
# custom:
#   id: AWS-EC2-009
#   severity: high
#   input: aws
#   remediation: |
#     Encrypt the volume (and turn on EBS encryption by default for the account).
#
#     CloudFormation:
#     ```yaml
#     DataVolume:
#       Type: AWS::EC2::Volume
#       Properties:
#         AvailabilityZone: !Select [0, !GetAZs ""]
#         Size: 100
#         Encrypted: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_ebs_volume" "data" {
#       availability_zone = "eu-west-1a"
#       size              = 100
#       encrypted         = true
#     }
#     ```
#   frameworks: ["aws-fsbp EC2.3", "nist-800-53 SC-28", "devops hardening"]
#   aliases: ["CKV_AWS_3", "AVD-AWS-0026"]
package shipgate.aws.ec2_volume_encryption

import data.shipgate.lib

deny contains lib.result(msg, v, v.encrypted) if {
	some v in input.aws.ec2.volumes
	lib.is_false(v.encrypted)
	msg := sprintf("EBS volume %q is not encrypted; set %s to true", [v.resource, v.encrypted.key])
}
