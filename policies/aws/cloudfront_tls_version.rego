# METADATA
# title: CloudFront distribution accepts TLS versions older than 1.2
# description: >-
#   A distribution with its own certificate and a minimum protocol version below
#   `TLSv1.2_2018` negotiates TLS 1.0 or 1.1 (or SSLv3) with any viewer that asks,
#   protocols deprecated by RFC 8996. A distribution on the `*.cloudfront.net` certificate
#   cannot change its minimum and is not reported.
# custom:
#   id: AWS-CLOUDFRONT-002
#   severity: high
#   input: aws
#   remediation: |
#     Set the minimum protocol version to TLSv1.2_2021 (or later).
#
#     CloudFormation:
#     ```yaml
#     ViewerCertificate:
#       AcmCertificateArn: !Ref CertificateArn
#       SslSupportMethod: sni-only
#       MinimumProtocolVersion: TLSv1.2_2021
#     ```
#
#     Terraform:
#     ```hcl
#     viewer_certificate {
#       acm_certificate_arn      = aws_acm_certificate.site.arn
#       ssl_support_method       = "sni-only"
#       minimum_protocol_version = "TLSv1.2_2021"
#     }
#     ```
#   frameworks: ["nist-800-53 SC-8", "nist-800-53 SC-13", "devops hardening"]
#   aliases: ["CKV_AWS_174", "AVD-AWS-0013"]
package shipgate.aws.cloudfront_tls_version

import data.shipgate.lib

outdated := {"SSLv3", "TLSv1", "TLSv1_2016", "TLSv1.1_2016"}

deny contains lib.result(msg, d, d.minimum_protocol_version) if {
	some d in input.aws.cloudfront.distributions
	lib.is_true(d.custom_certificate)
	v := lib.string_value(d.minimum_protocol_version)
	v in outdated
	msg := sprintf("distribution %q accepts viewers on TLS older than 1.2 (%s is %q%s); set it to TLSv1.2_2021", [d.resource, d.minimum_protocol_version.key, v, _origin(d.minimum_protocol_version)])
}

_origin(a) := ", the default" if lib.missing(a)

_origin(a) := lib.value_origin(a) if lib.written(a)
