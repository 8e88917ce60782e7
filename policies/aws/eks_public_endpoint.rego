# METADATA
# title: EKS cluster API endpoint is open to the internet
# description: >-
#   The Kubernetes API endpoint of an EKS cluster is public and reachable from 0.0.0.0/0
#   unless the endpoint is made private or its public access is limited to known CIDR
#   blocks; anyone can then probe it, and a leaked kubeconfig or token works from
#   anywhere. A public endpoint limited to named CIDR blocks is not reported.
# custom:
#   id: AWS-EKS-002
#   severity: high
#   input: aws
#   remediation: |
#     Use the private endpoint (reach it through a VPN or bastion), or allow only your
#     networks.
#
#     CloudFormation:
#     ```yaml
#     ResourcesVpcConfig:
#       SubnetIds: !Ref PrivateSubnets
#       EndpointPrivateAccess: true
#       EndpointPublicAccess: false
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_eks_cluster" "main" {
#       # ...
#       vpc_config {
#         subnet_ids              = var.private_subnet_ids
#         endpoint_private_access = true
#         endpoint_public_access  = true
#         public_access_cidrs     = ["203.0.113.0/24"]
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp EKS.1", "nist-800-53 SC-7", "nist-800-53 AC-3", "devops hardening"]
#   aliases: ["AVD-AWS-0041", "CKV_AWS_38"]
package shipgate.aws.eks_public_endpoint

import data.shipgate.lib

deny contains lib.result(msg, c, c.public_access_cidrs) if {
	some c in input.aws.eks.clusters
	lib.is_true(c.endpoint_public_access)
	some cidr in lib.items(c.public_access_cidrs)
	cidr in {"0.0.0.0/0", "::/0"}
	msg := sprintf("cluster %q has a public API endpoint open to %s (%s); turn public access off or allow only your networks", [c.resource, cidr, c.public_access_cidrs.key])
}
