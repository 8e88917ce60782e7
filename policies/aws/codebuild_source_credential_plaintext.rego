# METADATA
# title: CodeBuild source credential token is written in plain text
# description: >-
#   A CodeBuild source credential holds the personal access token, app password or
#   OAuth token CodeBuild uses to clone from GitHub, GitLab or Bitbucket, and to
#   register webhooks. Written in the template (or as a parameter's default, or in
#   Terraform configuration and so in its state), the token is readable by anyone
#   who can read the repository and cannot be rotated without a commit. A dynamic
#   reference ({{resolve:secretsmanager:...}}), a Secrets Manager or CodeConnections
#   ARN, a parameter without a default, a variable or a data source is not reported,
#   nor is an empty value or an obvious placeholder.
# custom:
#   id: AWS-CODEBUILD-006
#   severity: high
#   input: aws
#   remediation: |
#     Keep the token in Secrets Manager and let CodeBuild read it there (AuthType
#     SECRETS_MANAGER), or use a CodeConnections connection; rotate the token that was
#     written down.
#
#     CloudFormation:
#     ```yaml
#     GitHubCredential:
#       Type: AWS::CodeBuild::SourceCredential
#       Properties:
#         ServerType: GITHUB
#         AuthType: SECRETS_MANAGER
#         Token: !Ref GitHubTokenSecret   # the secret's ARN
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_codebuild_source_credential" "github" {
#       server_type = "GITHUB"
#       auth_type   = "SECRETS_MANAGER"
#       token       = aws_secretsmanager_secret.github_token.arn
#     }
#     ```
#   frameworks: ["nist-800-53 IA-5(7)", "owasp-cicd CICD-SEC-6", "devops secrets"]
#   secret: true
package shipgate.aws.codebuild_source_credential_plaintext

import data.shipgate.lib
import data.shipgate.lib.secrets

deny contains lib.result(msg, c, c.token) if {
	some c in input.aws.codebuild.source_credentials
	token := lib.string_value(c.token)
	not secrets.reference(token)
	not secrets.placeholder(token)
	msg := sprintf("source credential %q has its %s token written in plain text (%s)%s; store it in Secrets Manager and reference it, and rotate the token", [c.resource, server(c), c.token.key, lib.value_origin(c.token)])
}

server(c) := lib.string_value(c.server_type)

server(c) := "source provider" if not lib.string_value(c.server_type)
