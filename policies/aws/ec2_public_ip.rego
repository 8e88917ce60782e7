# METADATA
# title: Instance, launch template or launch configuration assigns a public IP address
# description: >-
#   An instance with a public IPv4 address is reachable from the internet as soon as a
#   security group allows it, and is found by scanners within minutes. Serve traffic
#   through a load balancer, reach instances through SSM Session Manager, and let
#   outbound traffic leave through a NAT gateway.
# custom:
#   id: AWS-EC2-013
#   severity: medium
#   input: aws
#   remediation: |
#     Do not associate a public IP address.
#
#     CloudFormation:
#     ```yaml
#     NetworkInterfaces:
#       - DeviceIndex: "0"
#         SubnetId: !Ref PrivateSubnet
#         AssociatePublicIpAddress: false
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_instance" "app" {
#       ami                         = var.ami_id
#       instance_type               = "t3.micro"
#       subnet_id                   = aws_subnet.private.id
#       associate_public_ip_address = false
#     }
#     ```
#   frameworks: ["aws-fsbp EC2.9", "aws-fsbp AutoScaling.5", "nist-800-53 SC-7", "devops hardening"]
#   aliases: ["CKV_AWS_88", "AVD-AWS-0009"]
package shipgate.aws.ec2_public_ip

import data.shipgate.lib

_launchers := array.concat(
	array.concat(
		[["instance", x] | some x in input.aws.ec2.instances],
		[["launch template", x] | some x in input.aws.ec2.launch_templates],
	),
	[["launch configuration", x] | some x in input.aws.autoscaling.launch_configurations],
)

deny contains lib.result(msg, x, x.associate_public_ip) if {
	some [what, x] in _launchers
	lib.is_true(x.associate_public_ip)
	msg := sprintf("%s %q assigns a public IP address (%s%s); set it to false and serve traffic through a load balancer", [what, x.resource, x.associate_public_ip.key, lib.value_origin(x.associate_public_ip)])
}
