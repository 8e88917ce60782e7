# METADATA
# title: API Gateway custom domain accepts TLS 1.0
# description: >-
#   A custom domain name with security policy `TLS_1_0` negotiates TLS 1.0 and 1.1 with any
#   client that asks, protocols deprecated by RFC 8996.
# custom:
#   id: AWS-APIGATEWAY-004
#   severity: high
#   input: aws
#   remediation: |
#     Use the TLS 1.2 security policy (or an enhanced TLS 1.3 policy).
#
#     CloudFormation:
#     ```yaml
#     ApiDomain:
#       Type: AWS::ApiGateway::DomainName
#       Properties:
#         DomainName: api.example.com
#         RegionalCertificateArn: !Ref CertificateArn
#         EndpointConfiguration:
#           Types: [REGIONAL]
#         SecurityPolicy: TLS_1_2
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_api_gateway_domain_name" "api" {
#       domain_name              = "api.example.com"
#       regional_certificate_arn = aws_acm_certificate.api.arn
#       security_policy          = "TLS_1_2"
#       endpoint_configuration {
#         types = ["REGIONAL"]
#       }
#     }
#     ```
#   frameworks: ["nist-800-53 SC-8", "nist-800-53 SC-13", "devops hardening"]
#   aliases: ["CKV_AWS_206", "AVD-AWS-0005", "AVD-AWS-0112"]
package shipgate.aws.apigateway_domain_tls

import data.shipgate.lib

deny contains lib.result(msg, d, d.security_policy) if {
	some d in input.aws.apigateway.domain_names
	lib.has_value(d.security_policy, "TLS_1_0")
	msg := sprintf("API Gateway domain %q accepts TLS 1.0 and 1.1 (%s is %q%s); set it to TLS_1_2", [d.resource, d.security_policy.key, "TLS_1_0", lib.value_origin(d.security_policy)])
}
