# METADATA
# title: Load balancer listener serves plain HTTP without redirecting to HTTPS
# description: >-
#   An HTTP listener whose default action forwards or answers requests sends them, and the
#   cookies and tokens they carry, in the clear. Keep the HTTP listener only to redirect to
#   HTTPS.
# custom:
#   id: AWS-ELB-001
#   severity: high
#   input: aws
#   remediation: |
#     Make the HTTP listener redirect to HTTPS, and serve the application on an HTTPS listener.
#
#     CloudFormation:
#     ```yaml
#     HttpListener:
#       Type: AWS::ElasticLoadBalancingV2::Listener
#       Properties:
#         LoadBalancerArn: !Ref LoadBalancer
#         Port: 80
#         Protocol: HTTP
#         DefaultActions:
#           - Type: redirect
#             RedirectConfig:
#               Protocol: HTTPS
#               Port: "443"
#               StatusCode: HTTP_301
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_lb_listener" "http" {
#       load_balancer_arn = aws_lb.app.arn
#       port              = 80
#       protocol          = "HTTP"
#       default_action {
#         type = "redirect"
#         redirect {
#           protocol    = "HTTPS"
#           port        = "443"
#           status_code = "HTTP_301"
#         }
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp ELB.1", "nist-800-53 SC-8", "devops hardening"]
#   aliases: ["CKV_AWS_2", "AVD-AWS-0054"]
package shipgate.aws.elb_http_listener

import data.shipgate.lib

deny contains lib.result(msg, l, l.protocol) if {
	some l in input.aws.elb.listeners
	lib.has_value(l.protocol, "HTTP")

	# DefaultActions is required: an empty list is one that could not be read.
	count(l.default_actions) > 0
	not _may_redirect_to_https(l)
	msg := sprintf("listener %q serves plain HTTP (%s); make its default action a redirect to HTTPS", [l.resource, l.protocol.key])
}

_may_redirect_to_https(l) if {
	some a in l.default_actions
	not lib.known(a.type)
}

_may_redirect_to_https(l) if {
	some a in l.default_actions
	lib.has_value(a.type, "redirect")
	not _redirects_elsewhere(a)
}

_redirects_elsewhere(a) if {
	lib.known(a.redirect_protocol)
	a.redirect_protocol.value != "HTTPS"
}
