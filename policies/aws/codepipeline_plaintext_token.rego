# METADATA
# title: CodePipeline has a GitHub token or webhook secret in plain text
# description: >-
#   A GitHub (version 1) source action's OAuthToken, and the secret a pipeline
#   webhook checks GitHub's signature with, are credentials: written in the template
#   (or as a parameter's default, or in Terraform configuration and state) they are
#   readable by anyone who can read the repository. With the token an attacker can
#   push to the repository the pipeline deploys from; with the webhook secret they
#   can start the pipeline. A dynamic reference ({{resolve:secretsmanager:...}}), a
#   parameter without a default, a variable or a data source is not reported, nor is
#   an obvious placeholder.
# custom:
#   id: AWS-CODEPIPELINE-003
#   severity: high
#   input: aws
#   remediation: |
#     Resolve the token from Secrets Manager, or move the source to a CodeConnections
#     (CodeStarSourceConnection) action, which needs no token; rotate the token that
#     was written down.
#
#     CloudFormation:
#     ```yaml
#     Configuration:
#       Owner: example-org
#       Repo: api
#       Branch: main
#       OAuthToken: "{{resolve:secretsmanager:github-token:SecretString:token}}"
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_codepipeline_webhook" "github" {
#       # ...
#       authentication = "GITHUB_HMAC"
#       authentication_configuration {
#         secret_token = data.aws_secretsmanager_secret_version.webhook.secret_string
#       }
#     }
#     ```
#   frameworks: ["nist-800-53 IA-5(7)", "owasp-cicd CICD-SEC-6", "devops secrets"]
#   secret: true
package shipgate.aws.codepipeline_plaintext_token

import data.shipgate.lib
import data.shipgate.lib.secrets

deny contains lib.result(msg, p, {"src": concat("/", [action.configuration.src, "OAuthToken"])}) if {
	some p in input.aws.codepipeline.pipelines
	some stage in p.stages
	some action in stage.actions
	lib.known(action.configuration)
	token := action.configuration.value.OAuthToken
	plaintext(token)
	msg := sprintf("pipeline %q has the GitHub token of action %q written in plain text (%s.OAuthToken); resolve it from Secrets Manager or use a CodeConnections source, and rotate the token", [p.resource, lib.display_name(action.name), action.configuration.key])
}

deny contains lib.result(msg, w, w.secret_token) if {
	some w in input.aws.codepipeline.webhooks
	plaintext(lib.string_value(w.secret_token))
	msg := sprintf("webhook %q has its secret written in plain text (%s)%s; resolve it from Secrets Manager, and rotate it", [w.resource, w.secret_token.key, lib.value_origin(w.secret_token)])
}

plaintext(value) if {
	is_string(value)
	not secrets.reference(value)
	not secrets.placeholder(value)
	not resource_address(value)
}

# resource_address is true for a value that is a reference to another
# resource of the document: Terraform reads aws_x.y.arn as its address.
resource_address(value) if lib.raw_at(concat("/", ["/resources", replace(replace(value, "~", "~0"), "/", "~1")]))
