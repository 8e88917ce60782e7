# METADATA
# title: Load balancer listener uses a TLS policy that allows TLS 1.0 or 1.1
# description: >-
#   TLS 1.0 and 1.1 are deprecated (RFC 8996) and lack the cipher suites that protect
#   against downgrade and padding-oracle attacks. A listener with an outdated security
#   policy accepts them from any client that asks.
# custom:
#   id: AWS-ELB-002
#   severity: high
#   input: aws
#   remediation: |
#     Use a security policy with TLS 1.2 as the minimum (TLS 1.3 where clients allow).
#
#     CloudFormation:
#     ```yaml
#     SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_lb_listener" "https" {
#       load_balancer_arn = aws_lb.app.arn
#       port              = 443
#       protocol          = "HTTPS"
#       ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
#       certificate_arn   = aws_acm_certificate.app.arn
#       default_action {
#         type             = "forward"
#         target_group_arn = aws_lb_target_group.app.arn
#       }
#     }
#     ```
#   frameworks: ["nist-800-53 SC-8", "nist-800-53 SC-13", "devops hardening"]
#   aliases: ["CKV_AWS_103", "AVD-AWS-0047"]
package shipgate.aws.elb_tls_policy

import data.shipgate.lib

# outdated are the predefined policies that accept TLS 1.0 or 1.1
# (Elastic Load Balancing User Guide, "Security policies", checked 2026-12).
outdated := {
	"ELBSecurityPolicy-2015-05",
	"ELBSecurityPolicy-2016-08",
	"ELBSecurityPolicy-TLS-1-0-2015-04",
	"ELBSecurityPolicy-TLS-1-1-2017-01",
	"ELBSecurityPolicy-FS-2018-06",
	"ELBSecurityPolicy-FS-1-1-2019-08",
	"ELBSecurityPolicy-TLS13-1-0-2021-06",
	"ELBSecurityPolicy-TLS13-1-1-2021-06",
	"ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04",
	"ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04",
}

deny contains lib.result(msg, l, l.ssl_policy) if {
	some l in input.aws.elb.listeners
	p := lib.string_value(l.ssl_policy)
	p in outdated
	msg := sprintf("listener %q uses %q (%s), which accepts TLS 1.0 or 1.1; use ELBSecurityPolicy-TLS13-1-2-2021-06 or another policy with TLS 1.2 as the minimum", [l.resource, p, l.ssl_policy.key])
}
