# METADATA
# title: Security group or security group rule has no description
# description: >-
#   A description says why a group or a rule exists. Without one, nobody reviewing the
#   network can tell a rule that is still needed from one that was opened for a test
#   years ago, and unused openings stay. Off unless enabled (`--enable AWS-EC2-006`): most
#   templates leave rule descriptions out, and the rule is about review, not exposure.
# custom:
#   id: AWS-EC2-006
#   severity: low
#   input: aws
#   opt_in: true
#   remediation: |
#     Describe every group and every rule.
#
#     CloudFormation:
#     ```yaml
#     SecurityGroupIngress:
#       - IpProtocol: tcp
#         FromPort: 443
#         ToPort: 443
#         CidrIp: 0.0.0.0/0
#         Description: HTTPS from the internet to the public load balancer
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_security_group" "lb" {
#       name        = "lb"
#       description = "Public load balancer"
#       vpc_id      = var.vpc_id
#     }
#
#     resource "aws_vpc_security_group_ingress_rule" "https" {
#       security_group_id = aws_security_group.lb.id
#       description       = "HTTPS from the internet"
#       ip_protocol       = "tcp"
#       from_port         = 443
#       to_port           = 443
#       cidr_ipv4         = "0.0.0.0/0"
#     }
#     ```
#   frameworks: ["nist-800-53 CM-8", "devops hardening"]
#   aliases: ["CKV_AWS_23", "AVD-AWS-0099", "AVD-AWS-0124"]
package shipgate.aws.ec2_description

import data.shipgate.lib

deny contains lib.result(msg, g, g.description) if {
	some g in input.aws.ec2.security_groups
	_undescribed(g.description)
	msg := sprintf("security group %q has no description; set %s to what the group is for", [g.resource, g.description.key])
}

deny contains lib.result(msg, rule, rule.description) if {
	some rule in input.aws.ec2.security_group_rules
	_undescribed(rule.description)
	msg := sprintf("%s rule of %q has no description; set %s to why the rule exists", [rule.direction, rule.resource, rule.description.key])
}

_undescribed(a) if lib.is_null(a)

_undescribed(a) if trim_space(lib.string_value(a)) == ""

# Terraform's provider writes this when description is not set.
_undescribed(a) if lib.string_value(a) == "Managed by Terraform"
