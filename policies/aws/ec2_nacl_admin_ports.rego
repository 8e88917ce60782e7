# METADATA
# title: Network ACL allows SSH, RDP or FTP from the whole internet
# description: >-
#   A network ACL entry that allows inbound traffic from 0.0.0.0/0 or ::/0 to a remote
#   administration port (SSH 22, RDP 3389) or to FTP (20, 21) leaves the subnet's only
#   stateless filter open on the ports attackers try first. An entry of the same ACL with a
#   lower rule number that denies the port from the internet takes precedence, and then
#   nothing is reported.
# custom:
#   id: AWS-EC2-014
#   severity: medium
#   input: aws
#   remediation: |
#     Allow administration ports only from trusted ranges, or deny them from the internet in an
#     entry with a lower rule number.
#
#     CloudFormation:
#     ```yaml
#     DenySshFromInternet:
#       Type: AWS::EC2::NetworkAclEntry
#       Properties:
#         NetworkAclId: !Ref PublicAcl
#         RuleNumber: 50
#         Protocol: 6
#         RuleAction: deny
#         CidrBlock: 0.0.0.0/0
#         PortRange: {From: 22, To: 22}
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_network_acl_rule" "deny_ssh" {
#       network_acl_id = aws_network_acl.public.id
#       rule_number    = 50
#       egress         = false
#       protocol       = "tcp"
#       rule_action    = "deny"
#       cidr_block     = "0.0.0.0/0"
#       from_port      = 22
#       to_port        = 22
#     }
#     ```
#   frameworks: ["cis-aws-3.0 5.1", "aws-fsbp EC2.21", "nist-800-53 SC-7", "devops hardening"]
#   aliases: ["CKV_AWS_229", "CKV_AWS_230", "CKV_AWS_231", "CKV_AWS_232", "AVD-AWS-0105"]
package shipgate.aws.ec2_nacl_admin_ports

import data.shipgate.lib

admin_ports := {20: "FTP data", 21: "FTP", 22: "SSH", 3389: "RDP"}

# _world_ingress are the inbound entries from the whole internet, with
# their cidr attribute and its address family.
_world_ingress := [[e, cidr, family] |
	some e in input.aws.ec2.network_acl_rules
	lib.is_false(e.egress)
	some family, cidr in {"IPv4": e.cidr_ipv4, "IPv6": e.cidr_ipv6}
	lib.string_value(cidr) in lib.world_cidrs
]

# _deny_numbers maps [acl, family, port] to the rule numbers of the entries
# that deny the port from the internet, built once.
_deny_numbers[[e.acl, family, port]] contains n if {
	some [e, _, family] in _world_ingress
	e.acl != null
	lib.has_value(e.action, "deny")
	n := e.rule_number.value
	lib.known(e.rule_number)
	some port, _ in admin_ports
	_covers(e, port)
}

deny contains lib.result(msg, e, cidr) if {
	some [e, cidr, family] in _world_ingress
	lib.has_value(e.action, "allow")
	ports := sort([p | some p, _ in admin_ports; _covers(e, p); not _denied_first(e, family, p)])
	count(ports) > 0
	names := [sprintf("%s %d", [admin_ports[p], p]) | some p in ports]
	msg := sprintf("network ACL entry %q allows %s from %q (%s%s); allow it only from trusted ranges, or deny it from the internet with a lower rule number", [e.resource, concat(", ", names), cidr.value, cidr.key, lib.value_origin(cidr)])
}

_covers(e, _) if lib.has_value(e.protocol, "-1")

_covers(e, port) if {
	lib.string_value(e.protocol) == "tcp"
	[from, to] := lib.port_range(e)
	from <= port
	port <= to
}

# _denied_first: an entry of the same ACL with a lower number denies it.
# An allow entry whose number cannot be read might come after such a deny.
_denied_first(e, family, port) if {
	e.acl != null
	some n in _deny_numbers[[e.acl, family, port]]
	not _before(e, n)
}

_before(e, n) if {
	lib.known(e.rule_number)
	e.rule_number.value < n
}
