# METADATA
# title: Security group allows all traffic from the whole internet
# description: >-
#   An ingress rule from 0.0.0.0/0 or ::/0 for all protocols, or for every tcp or udp
#   port, exposes every service on the instance, including the ones nobody meant to
#   publish (databases, admin consoles, debug ports).
# custom:
#   id: AWS-EC2-003
#   severity: critical
#   input: aws
#   remediation: |
#     Allow only the ports the service needs, from the narrowest source that works.
#
#     CloudFormation:
#     ```yaml
#     SecurityGroupIngress:
#       - IpProtocol: tcp
#         FromPort: 443
#         ToPort: 443
#         CidrIp: 0.0.0.0/0
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_vpc_security_group_ingress_rule" "https" {
#       security_group_id = aws_security_group.app.id
#       ip_protocol       = "tcp"
#       from_port         = 443
#       to_port           = 443
#       cidr_ipv4         = "0.0.0.0/0"
#     }
#     ```
#   frameworks: ["cis-aws-3.0 5.2", "cis-aws-3.0 5.3", "nist-800-53 CM-7", "nist-800-53 SC-7", "devops hardening"]
#   aliases: ["W2", "EC2_SECURITY_GROUP_INGRESS_OPEN_TO_WORLD_RULE"]
package shipgate.aws.ec2_open_all

import data.shipgate.lib

deny contains lib.result(msg, rule, cidr) if {
	some rule in input.aws.ec2.security_group_rules
	some cidr in lib.world_open_cidrs(rule)
	lib.all_protocols(rule)
	msg := sprintf("security group rule of %q allows all protocols and ports from %q (%s%s); allow only the ports the service needs", [rule.resource, cidr.value, cidr.key, lib.value_origin(cidr)])
}

deny contains lib.result(msg, rule, cidr) if {
	some rule in input.aws.ec2.security_group_rules
	some cidr in lib.world_open_cidrs(rule)
	lib.all_ports(rule)
	msg := sprintf("security group rule of %q allows every %s port from %q (%s%s); allow only the ports the service needs", [rule.resource, rule.protocol.value, cidr.value, cidr.key, lib.value_origin(cidr)])
}
