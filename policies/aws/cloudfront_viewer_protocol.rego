# METADATA
# title: CloudFront distribution serves viewers over plain HTTP
# description: >-
#   A cache behaviour with `ViewerProtocolPolicy` `allow-all` answers HTTP requests
#   without redirecting them, so the page, its cookies and anything the viewer sends cross
#   the internet in the clear and can be altered on the way.
# custom:
#   id: AWS-CLOUDFRONT-001
#   severity: high
#   input: aws
#   remediation: |
#     Redirect HTTP to HTTPS (or serve HTTPS only) in every cache behaviour.
#
#     CloudFormation:
#     ```yaml
#     DefaultCacheBehavior:
#       TargetOriginId: site
#       ViewerProtocolPolicy: redirect-to-https
#       CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6
#     ```
#
#     Terraform:
#     ```hcl
#     default_cache_behavior {
#       target_origin_id       = "site"
#       viewer_protocol_policy = "redirect-to-https"
#       allowed_methods        = ["GET", "HEAD"]
#       cached_methods         = ["GET", "HEAD"]
#       cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
#     }
#     ```
#   frameworks: ["aws-fsbp CloudFront.3", "nist-800-53 SC-8", "devops hardening"]
#   aliases: ["CKV_AWS_34", "AVD-AWS-0012"]
package shipgate.aws.cloudfront_viewer_protocol

import data.shipgate.lib

deny contains lib.result(msg, d, b.viewer_protocol_policy) if {
	some d in input.aws.cloudfront.distributions
	some b in d.cache_behaviors
	lib.has_value(b.viewer_protocol_policy, "allow-all")
	msg := sprintf("%s of distribution %q serves viewers over plain HTTP (%s is %q); set it to redirect-to-https or https-only", [_behavior(b), d.resource, b.viewer_protocol_policy.key, "allow-all"])
}

_behavior(b) := sprintf("cache behavior %q", [lib.string_value(b.path_pattern)])

_behavior(b) := "the default cache behavior" if not lib.string_value(b.path_pattern)
