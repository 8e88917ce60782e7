# METADATA
# title: OpenSearch domain allows TLS 1.0 and 1.1
# description: >-
#   The Policy-Min-TLS-1-0-2019-07 security policy lets clients negotiate TLS 1.0 and 1.1,
#   protocol versions with known weaknesses that current clients no longer need. A TLS 1.2
#   policy closes them.
# custom:
#   id: AWS-OPENSEARCH-004
#   severity: medium
#   input: aws
#   remediation: |
#     Use a TLS 1.2 security policy.
#
#     CloudFormation:
#     ```yaml
#     DomainEndpointOptions:
#       EnforceHTTPS: true
#       TLSSecurityPolicy: Policy-Min-TLS-1-2-PFS-2023-10
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_opensearch_domain" "search" {
#       # ...
#       domain_endpoint_options {
#         enforce_https       = true
#         tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp Opensearch.8", "aws-fsbp ES.8", "nist-800-53 SC-8", "devops hardening"]
#   aliases: ["AVD-AWS-0126", "CKV_AWS_228"]
package shipgate.aws.opensearch_tls_policy

import data.shipgate.lib

deny contains lib.result(msg, domain, domain.tls_policy) if {
	some domain in input.aws.opensearch.domains
	lib.written(domain.tls_policy)
	startswith(lib.string_value(domain.tls_policy), "Policy-Min-TLS-1-0")
	msg := sprintf("domain %q allows TLS 1.0 and 1.1; set %s to Policy-Min-TLS-1-2-PFS-2023-10", [domain.resource, domain.tls_policy.key])
}
