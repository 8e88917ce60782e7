# METADATA
# title: Security group allows all outbound traffic to the whole internet
# description: >-
#   An egress rule to 0.0.0.0/0 or ::/0 for every protocol, or for every tcp or udp port,
#   lets a compromised instance reach any command-and-control server and exfiltrate data
#   on any port. Allow only the destinations and ports the workload needs (HTTPS to the
#   internet, the database in the VPC), or send outbound traffic through a proxy or a
#   firewall.
# custom:
#   id: AWS-EC2-007
#   severity: low
#   input: aws
#   remediation: |
#     Replace the allow-all egress rule with rules for the ports the workload needs.
#
#     CloudFormation:
#     ```yaml
#     SecurityGroupEgress:
#       - IpProtocol: tcp
#         FromPort: 443
#         ToPort: 443
#         CidrIp: 0.0.0.0/0
#         Description: HTTPS to AWS APIs and package mirrors
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_vpc_security_group_egress_rule" "https" {
#       security_group_id = aws_security_group.app.id
#       ip_protocol       = "tcp"
#       from_port         = 443
#       to_port           = 443
#       cidr_ipv4         = "0.0.0.0/0"
#     }
#     ```
#   frameworks: ["nist-800-53 SC-7", "devops hardening"]
#   aliases: ["AVD-AWS-0104"]
package shipgate.aws.ec2_open_egress

import data.shipgate.lib

deny contains lib.result(msg, rule, cidr) if {
	some rule in input.aws.ec2.security_group_rules
	rule.direction == "egress"
	some cidr in [rule.cidr_ipv4, rule.cidr_ipv6]
	lib.string_value(cidr) in lib.world_cidrs
	_everything(rule)
	msg := sprintf("egress rule of %q allows all outbound traffic to %q (%s%s); allow only the ports and destinations the workload needs", [rule.resource, cidr.value, cidr.key, lib.value_origin(cidr)])
}

_everything(rule) if lib.all_protocols(rule)

_everything(rule) if lib.all_ports(rule)
