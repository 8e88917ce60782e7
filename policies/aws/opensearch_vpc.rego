# METADATA
# title: OpenSearch domain has a public endpoint
# description: >-
#   A domain without VPC options gets an endpoint on the internet, protected only by its
#   access policy and, if configured, fine-grained access control. A misconfigured policy
#   then exposes the data to anyone. Domains placed in a VPC are reachable only from it.
# custom:
#   id: AWS-OPENSEARCH-007
#   severity: medium
#   input: aws
#   remediation: |
#     Place the domain in private subnets of a VPC (it cannot be moved later; create a new
#     domain and migrate).
#
#     CloudFormation:
#     ```yaml
#     VPCOptions:
#       SubnetIds:
#         - !Ref PrivateSubnetA
#       SecurityGroupIds:
#         - !Ref SearchSecurityGroup
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_opensearch_domain" "search" {
#       # ...
#       vpc_options {
#         subnet_ids         = [aws_subnet.private_a.id]
#         security_group_ids = [aws_security_group.search.id]
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp Opensearch.2", "aws-fsbp ES.2", "nist-800-53 AC-4", "nist-800-53 SC-7", "devops hardening"]
#   aliases: ["CKV_AWS_137"]
package shipgate.aws.opensearch_vpc

import data.shipgate.lib

deny contains lib.result(msg, x, x.in_vpc) if {
	some x in input.aws.opensearch.domains
	lib.is_false(x.in_vpc)
	msg := sprintf("domain %q has a public endpoint%s; place it in a VPC with %s", [x.resource, lib.value_origin(x.in_vpc), x.in_vpc.key])
}
