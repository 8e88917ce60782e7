# METADATA
# title: CodePipeline webhook accepts unauthenticated requests
# description: >-
#   A webhook with Authentication UNAUTHENTICATED starts the pipeline for any request
#   to its public URL: anyone who learns the URL can run the pipeline, and its
#   deployment, at will, and flood it. GITHUB_HMAC checks GitHub's signature with a
#   shared secret; IP limits the callers to an address range.
# custom:
#   id: AWS-CODEPIPELINE-004
#   severity: medium
#   input: aws
#   remediation: |
#     Authenticate the webhook with GitHub's HMAC signature (or move the source to a
#     CodeConnections action, which needs no webhook).
#
#     CloudFormation:
#     ```yaml
#     Webhook:
#       Type: AWS::CodePipeline::Webhook
#       Properties:
#         # ...
#         Authentication: GITHUB_HMAC
#         AuthenticationConfiguration:
#           SecretToken: "{{resolve:secretsmanager:webhook-secret:SecretString:secret}}"
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_codepipeline_webhook" "github" {
#       # ...
#       authentication = "GITHUB_HMAC"
#       authentication_configuration {
#         secret_token = var.webhook_secret
#       }
#     }
#     ```
#   frameworks: ["nist-800-53 IA-9", "owasp-cicd CICD-SEC-4", "devops ci-cd"]
package shipgate.aws.codepipeline_unauthenticated_webhook

import data.shipgate.lib

deny contains lib.result(msg, w, w.authentication) if {
	some w in input.aws.codepipeline.webhooks
	lib.has_value(w.authentication, "UNAUTHENTICATED")
	msg := sprintf("webhook %q starts the pipeline for any caller (%s is UNAUTHENTICATED)%s; authenticate it with GITHUB_HMAC or IP", [w.resource, w.authentication.key, lib.value_origin(w.authentication)])
}
