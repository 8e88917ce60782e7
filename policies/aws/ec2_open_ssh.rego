# METADATA
# title: Security group allows SSH from the whole internet
# description: >-
#   An ingress rule from 0.0.0.0/0 or ::/0 that covers port 22 exposes SSH to constant
#   brute-force and exploit scanning. Administrative access belongs behind SSM Session
#   Manager, a VPN or a bastion reachable from known ranges only.
# custom:
#   id: AWS-EC2-001
#   severity: critical
#   input: aws
#   remediation: |
#     Restrict the source to a trusted range, or remove the rule and use SSM Session Manager.
#
#     CloudFormation:
#     ```yaml
#     SecurityGroupIngress:
#       - IpProtocol: tcp
#         FromPort: 22
#         ToPort: 22
#         CidrIp: 10.0.0.0/16
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_vpc_security_group_ingress_rule" "ssh" {
#       security_group_id = aws_security_group.app.id
#       ip_protocol       = "tcp"
#       from_port         = 22
#       to_port           = 22
#       cidr_ipv4         = "10.0.0.0/16"
#     }
#     ```
#   frameworks: ["aws-fsbp EC2.13", "cis-aws-3.0 5.2", "cis-aws-3.0 5.3", "nist-800-53 CM-7", "nist-800-53 SC-7", "devops hardening"]
#   aliases: ["CKV_AWS_24", "AVD-AWS-0107", "W2", "INCOMING_SSH_DISABLED", "EC2_SECURITY_GROUP_INGRESS_OPEN_TO_WORLD_RULE"]
package shipgate.aws.ec2_open_ssh

import data.shipgate.lib

deny contains lib.result(msg, rule, cidr) if {
	some rule in input.aws.ec2.security_group_rules
	some cidr in lib.world_open_cidrs(rule)
	lib.covers_port(rule, 22, {"tcp"})

	# A rule open to every protocol or port is AWS-EC2-003's finding.
	not lib.all_protocols(rule)
	not lib.all_ports(rule)
	msg := sprintf("security group rule of %q allows SSH (port 22) from %q (%s%s); restrict the source to a trusted range or use SSM Session Manager", [rule.resource, cidr.value, cidr.key, lib.value_origin(cidr)])
}
