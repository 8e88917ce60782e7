# METADATA
# title: Instance, launch template or launch configuration declares an unencrypted EBS volume
# description: >-
#   A block device mapping of an instance, a launch template or a launch configuration
#   that does not set encryption creates its volume unencrypted (unless the account turns
#   on EBS encryption by default), and every instance launched from the template repeats
#   it. Volumes created from a snapshot take the snapshot's encryption and are not
#   reported.
# custom:
#   id: AWS-EC2-010
#   severity: high
#   input: aws
#   remediation: |
#     Set encryption on every EBS block device.
#
#     CloudFormation:
#     ```yaml
#     BlockDeviceMappings:
#       - DeviceName: /dev/xvda
#         Ebs:
#           VolumeSize: 30
#           Encrypted: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_instance" "app" {
#       ami           = var.ami_id
#       instance_type = "t3.micro"
#       root_block_device {
#         encrypted = true
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp EC2.3", "nist-800-53 SC-28", "devops hardening"]
#   aliases: ["CKV_AWS_8", "AVD-AWS-0131", "AVD-AWS-0008"]
package shipgate.aws.ec2_block_device_encryption

import data.shipgate.lib

deny contains lib.result(msg, x, dev.encrypted) if {
	some x in input.aws.ec2.instances
	some dev in x.block_devices
	_unencrypted(dev)
	msg := sprintf("instance %q creates an unencrypted EBS volume%s; set %s to true", [x.resource, _device(dev), dev.encrypted.key])
}

deny contains lib.result(msg, x, dev.encrypted) if {
	some x in input.aws.ec2.launch_templates
	some dev in x.block_devices
	_unencrypted(dev)
	msg := sprintf("launch template %q creates an unencrypted EBS volume%s; set %s to true", [x.resource, _device(dev), dev.encrypted.key])
}

deny contains lib.result(msg, x, dev.encrypted) if {
	some x in input.aws.autoscaling.launch_configurations
	some dev in x.block_devices
	_unencrypted(dev)
	msg := sprintf("launch configuration %q creates an unencrypted EBS volume%s; set %s to true", [x.resource, _device(dev), dev.encrypted.key])
}

# A volume from a snapshot takes the snapshot's encryption.
_unencrypted(dev) if {
	lib.is_false(dev.encrypted)
	lib.is_null(dev.snapshot)
}

_device(dev) := sprintf(" (%s)", [lib.string_value(dev.device_name)])

_device(dev) := "" if not lib.string_value(dev.device_name)
