# METADATA
# title: Network ACL entry allows every protocol and port
# description: >-
#   A network ACL entry with protocol -1 and action allow lets every protocol and port
#   through, so the ACL adds nothing to the security groups behind it. Allow the protocols
#   and port ranges the subnet serves (for example tcp 443 in and the ephemeral ports
#   1024-65535 for replies).
# custom:
#   id: AWS-EC2-015
#   severity: low
#   input: aws
#   remediation: |
#     Allow specific protocols and port ranges.
#
#     CloudFormation:
#     ```yaml
#     HttpsIn:
#       Type: AWS::EC2::NetworkAclEntry
#       Properties:
#         NetworkAclId: !Ref PublicAcl
#         RuleNumber: 100
#         Protocol: 6
#         RuleAction: allow
#         CidrBlock: 0.0.0.0/0
#         PortRange: {From: 443, To: 443}
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_network_acl_rule" "https_in" {
#       network_acl_id = aws_network_acl.public.id
#       rule_number    = 100
#       egress         = false
#       protocol       = "tcp"
#       rule_action    = "allow"
#       cidr_block     = "0.0.0.0/0"
#       from_port      = 443
#       to_port        = 443
#     }
#     ```
#   frameworks: ["nist-800-53 SC-7", "devops hardening"]
#   aliases: ["AVD-AWS-0102"]
package shipgate.aws.ec2_nacl_all_traffic

import data.shipgate.lib

deny contains lib.result(msg, e, e.protocol) if {
	some e in input.aws.ec2.network_acl_rules
	lib.has_value(e.action, "allow")
	lib.has_value(e.protocol, "-1")
	lib.known(e.egress)
	dir := _direction(e.egress.value)
	msg := sprintf("network ACL entry %q allows every protocol and port %s (%s); allow only the protocols and ports the subnet serves", [e.resource, dir, e.protocol.key])
}

_direction(true) := "out"

_direction(false) := "in"
