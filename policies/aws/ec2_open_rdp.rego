# METADATA
# title: Security group allows RDP from the whole internet
# description: >-
#   An ingress rule from 0.0.0.0/0 or ::/0 that covers port 3389 exposes Remote Desktop,
#   a favourite target of credential stuffing and ransomware crews. Administrative access
#   belongs behind SSM Session Manager, a VPN or known ranges only.
# custom:
#   id: AWS-EC2-002
#   severity: critical
#   input: aws
#   remediation: |
#     Restrict the source to a trusted range, or remove the rule and use SSM Session Manager or
#     Fleet Manager.
#
#     CloudFormation:
#     ```yaml
#     SecurityGroupIngress:
#       - IpProtocol: tcp
#         FromPort: 3389
#         ToPort: 3389
#         CidrIp: 10.0.0.0/16
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_vpc_security_group_ingress_rule" "rdp" {
#       security_group_id = aws_security_group.app.id
#       ip_protocol       = "tcp"
#       from_port         = 3389
#       to_port           = 3389
#       cidr_ipv4         = "10.0.0.0/16"
#     }
#     ```
#   frameworks: ["aws-fsbp EC2.14", "cis-aws-3.0 5.2", "cis-aws-3.0 5.3", "nist-800-53 CM-7", "nist-800-53 SC-7", "devops hardening"]
#   aliases: ["CKV_AWS_25", "AVD-AWS-0107", "W2", "RESTRICTED_INCOMING_TRAFFIC", "EC2_SECURITY_GROUP_INGRESS_OPEN_TO_WORLD_RULE"]
package shipgate.aws.ec2_open_rdp

import data.shipgate.lib

# RDP listens on tcp and udp 3389.
deny contains lib.result(msg, rule, cidr) if {
	some rule in input.aws.ec2.security_group_rules
	some cidr in lib.world_open_cidrs(rule)
	lib.covers_port(rule, 3389, {"tcp", "udp"})

	# A rule open to every protocol or port is AWS-EC2-003's finding.
	not lib.all_protocols(rule)
	not lib.all_ports(rule)
	msg := sprintf("security group rule of %q allows RDP (port 3389) from %q (%s%s); restrict the source to a trusted range or use SSM Session Manager", [rule.resource, cidr.value, cidr.key, lib.value_origin(cidr)])
}
