# METADATA
# title: CloudFront distribution reaches a custom origin over plain HTTP
# description: >-
#   With `OriginProtocolPolicy` `http-only`, CloudFront forwards every request, and the
#   cookies and credentials in it, to the origin unencrypted across the internet, even when
#   viewers connect over HTTPS; with `match-viewer`, it does so for the viewers of a cache
#   behaviour that allows HTTP. An S3 website endpoint only speaks HTTP: serve the bucket
#   through a REST origin with origin access control instead.
# custom:
#   id: AWS-CLOUDFRONT-005
#   severity: medium
#   input: aws
#   remediation: |
#     Connect to the origin over HTTPS.
#
#     CloudFormation:
#     ```yaml
#     Origins:
#       - Id: app
#         DomainName: app.example.com
#         CustomOriginConfig:
#           OriginProtocolPolicy: https-only
#           OriginSSLProtocols: [TLSv1.2]
#     ```
#
#     Terraform:
#     ```hcl
#     origin {
#       origin_id   = "app"
#       domain_name = "app.example.com"
#       custom_origin_config {
#         http_port              = 80
#         https_port             = 443
#         origin_protocol_policy = "https-only"
#         origin_ssl_protocols   = ["TLSv1.2"]
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp CloudFront.9", "nist-800-53 SC-8", "devops hardening"]
package shipgate.aws.cloudfront_origin_protocol

import data.shipgate.lib

deny contains lib.result(msg, d, o.protocol_policy) if {
	some d in input.aws.cloudfront.distributions
	some o in d.origins
	lib.has_value(o.protocol_policy, "http-only")
	msg := sprintf("distribution %q reaches %s over plain HTTP (%s is %q); set it to https-only", [d.resource, _origin(o), o.protocol_policy.key, "http-only"])
}

deny contains lib.result(msg, d, o.protocol_policy) if {
	some d in input.aws.cloudfront.distributions
	some o in d.origins
	lib.has_value(o.protocol_policy, "match-viewer")
	id := lib.string_value(o.id)
	some b in d.cache_behaviors
	lib.has_value(b.target_origin, id)
	lib.has_value(b.viewer_protocol_policy, "allow-all")
	msg := sprintf("distribution %q reaches %s over plain HTTP for HTTP viewers (%s is %q and a cache behavior allows HTTP); set it to https-only", [d.resource, _origin(o), o.protocol_policy.key, "match-viewer"])
}

# _origin names an origin by its id, else its domain name.
_origin(o) := sprintf("origin %q", [lib.string_value(o.id)])

_origin(o) := sprintf("origin %q", [lib.string_value(o.domain_name)]) if {
	not lib.string_value(o.id)
}

_origin(o) := "an origin" if {
	not lib.string_value(o.id)
	not lib.string_value(o.domain_name)
}
