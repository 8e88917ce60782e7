# METADATA
# title: EKS node group opens SSH to the internet
# description: >-
#   When a managed node group has an SSH key (remote access) but no source security
#   groups, EKS opens port 22 of every node to 0.0.0.0/0 (CreateNodegroup remoteAccess),
#   so the nodes, which hold the credentials of every pod they run, can be probed and
#   brute-forced from anywhere.
# custom:
#   id: AWS-EKS-005
#   severity: high
#   input: aws
#   remediation: |
#     Name the security groups that may reach the nodes over SSH, or drop the SSH key and
#     use SSM Session Manager.
#
#     CloudFormation:
#     ```yaml
#     RemoteAccess:
#       Ec2SshKey: ops
#       SourceSecurityGroups: [!Ref BastionSecurityGroup]
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_eks_node_group" "workers" {
#       # ...
#       remote_access {
#         ec2_ssh_key               = "ops"
#         source_security_group_ids = [aws_security_group.bastion.id]
#       }
#     }
#     ```
#   frameworks: ["nist-800-53 SC-7", "nist-800-53 AC-17", "devops hardening"]
#   aliases: ["CKV_AWS_100"]
package shipgate.aws.eks_node_group_ssh

import data.shipgate.lib

deny contains lib.result(msg, g, g.ssh_source_security_groups) if {
	some g in input.aws.eks.node_groups
	lib.string_value(g.ssh_key)
	not lib.has_unknown_item(g.ssh_source_security_groups)
	count(lib.items(g.ssh_source_security_groups)) == 0
	msg := sprintf("node group %q has an SSH key but no source security groups (%s), so EKS opens port 22 to 0.0.0.0/0; name the security groups that may connect, or use Session Manager", [g.resource, g.ssh_source_security_groups.key])
}
