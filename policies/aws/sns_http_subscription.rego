# METADATA
# title: SNS subscription delivers messages over plain HTTP
# description: >-
#   A subscription with the http protocol posts every message, and the subscription
#   confirmation whose token controls the subscription, in clear text: anyone on the
#   path can read or alter them. Use https, which SNS delivers over TLS.
# custom:
#   id: AWS-SNS-004
#   severity: medium
#   input: aws
#   remediation: |
#     Subscribe an HTTPS endpoint.
#
#     CloudFormation:
#     ```yaml
#     Type: AWS::SNS::Subscription
#     Properties:
#       TopicArn: !Ref Alerts
#       Protocol: https
#       Endpoint: https://hooks.example.com/alerts
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_sns_topic_subscription" "hook" {
#       topic_arn = aws_sns_topic.alerts.arn
#       protocol  = "https"
#       endpoint  = "https://hooks.example.com/alerts"
#     }
#     ```
#   frameworks: ["nist-800-53 SC-8", "devops hardening"]
package shipgate.aws.sns_http_subscription

import data.shipgate.lib

deny contains lib.result(msg, s, s.protocol) if {
	some s in input.aws.sns.subscriptions
	lower(lib.string_value(s.protocol)) == "http"
	msg := sprintf("%q subscribes an endpoint to SNS over plain HTTP (%s)%s, so messages travel unencrypted; subscribe an https endpoint", [s.resource, s.protocol.key, lib.value_origin(s.protocol)])
}
