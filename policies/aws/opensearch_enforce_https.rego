# METADATA
# title: OpenSearch domain accepts plain HTTP
# description: >-
#   A domain that does not enforce HTTPS answers on plain HTTP too, so credentials,
#   queries and documents can cross the network unencrypted. Through the API and
#   CloudFormation HTTPS is not enforced unless EnforceHTTPS is true.
# custom:
#   id: AWS-OPENSEARCH-003
#   severity: high
#   input: aws
#   remediation: |
#     Enforce HTTPS with a TLS 1.2 policy.
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
#   frameworks: ["nist-800-53 SC-8", "devops hardening"]
#   aliases: ["AVD-AWS-0046", "CKV_AWS_83"]
package shipgate.aws.opensearch_enforce_https

import data.shipgate.lib

deny contains lib.result(msg, x, x.enforce_https) if {
	some x in input.aws.opensearch.domains
	lib.is_false(x.enforce_https)
	msg := sprintf("domain %q accepts plain HTTP%s; set %s to true", [x.resource, lib.value_origin(x.enforce_https), x.enforce_https.key])
}
