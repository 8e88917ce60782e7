# METADATA
# title: Security group allows a remote administration or file sharing port from the whole internet
# description: >-
#   Besides SSH and RDP (AWS-EC2-001, AWS-EC2-002), an ingress rule from 0.0.0.0/0 or ::/0
#   must not cover the ports of plain-text or remote-control services: FTP, Telnet,
#   Windows RPC, NetBIOS and SMB, VNC, WinRM, the Docker daemon API, etcd and the kubelet
#   API. They are scanned for constantly and several give full control of the host without
#   a password.
# custom:
#   id: AWS-EC2-005
#   severity: critical
#   input: aws
#   remediation: |
#     Remove the rule, or restrict the source to a trusted range; reach hosts through SSM
#     Session Manager or a VPN.
#
#     CloudFormation:
#     ```yaml
#     SecurityGroupIngress:
#       - IpProtocol: tcp
#         FromPort: 5986
#         ToPort: 5986
#         CidrIp: 10.0.0.0/16
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_vpc_security_group_ingress_rule" "winrm" {
#       security_group_id = aws_security_group.app.id
#       ip_protocol       = "tcp"
#       from_port         = 5986
#       to_port           = 5986
#       cidr_ipv4         = "10.0.0.0/16"
#     }
#     ```
#   frameworks: ["aws-fsbp EC2.19", "nist-800-53 CM-7", "nist-800-53 SC-7", "devops hardening"]
package shipgate.aws.ec2_open_admin

import data.shipgate.lib

# admin_ports are the well-known tcp ports of remote administration and
# file sharing services other than SSH and RDP.
admin_ports := {
	20: "FTP data",
	21: "FTP",
	23: "Telnet",
	135: "Windows RPC",
	139: "NetBIOS",
	445: "SMB",
	2375: "Docker API",
	2376: "Docker API (TLS)",
	2379: "etcd",
	5900: "VNC",
	5985: "WinRM",
	5986: "WinRM (TLS)",
	10250: "kubelet API",
}

deny contains lib.result(msg, rule, cidr) if {
	some rule in input.aws.ec2.security_group_rules
	some cidr in lib.world_open_cidrs(rule)

	# A rule open to every protocol or port is AWS-EC2-003's finding.
	not lib.all_protocols(rule)
	not lib.all_ports(rule)
	ports := sort([p | some p, _ in admin_ports; lib.covers_port(rule, p, {"tcp"})])
	count(ports) > 0
	names := [sprintf("%s %d", [admin_ports[p], p]) | some p in ports]
	msg := sprintf("security group rule of %q allows %s from %q (%s%s); remove the rule or restrict the source to a trusted range", [rule.resource, concat(", ", names), cidr.value, cidr.key, lib.value_origin(cidr)])
}
