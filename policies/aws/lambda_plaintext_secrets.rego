# METADATA
# title: Lambda function has a secret in a plain environment variable
# description: >-
#   Environment variables are part of the function's configuration: anyone who can read
#   the function (lambda:GetFunction) or the template sees them, and the template keeps
#   them in version control. The rule decides by the value, like AWS-CODEBUILD-002: one
#   in a known credential format (AWS access key id, GitHub, GitLab, Slack, npm, Stripe
#   or Google API token, a private key, a password hash, a URL with a password) is
#   reported whatever the variable is called; under a name that says password, secret,
#   token or key, a value that looks like a credential is reported. References are not
#   secrets: an ARN, a Parameter Store path, a {{resolve:...}} dynamic reference, a
#   parameter or variable, an obvious placeholder.
# custom:
#   id: AWS-LAMBDA-004
#   severity: high
#   input: aws
#   remediation: |
#     Keep the secret in Secrets Manager (or a SecureString parameter), pass its ARN, and
#     read it at run time (the Parameters and Secrets Lambda extension caches it); rotate
#     any secret that was committed.
#
#     CloudFormation:
#     ```yaml
#     Environment:
#       Variables:
#         DB_SECRET_ARN: !Ref DatabaseSecret
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_lambda_function" "handler" {
#       # ...
#       environment {
#         variables = {
#           DB_SECRET_ARN = aws_secretsmanager_secret.db.arn
#         }
#       }
#     }
#     ```
#   frameworks: ["nist-800-53 IA-5(7)", "devops secrets"]
#   aliases: ["CKV_AWS_45"]
#   secret: true
package shipgate.aws.lambda_plaintext_secrets

import data.shipgate.lib
import data.shipgate.lib.secrets

deny contains lib.result(msg, f, {"src": concat("/", [f.environment.src, name])}) if {
	some f in input.aws.lambda.functions
	lib.known(f.environment)
	some name, value in f.environment.value
	is_string(value)
	what := secrets.secret(name, value)
	msg := sprintf("function %q passes %q in a plain environment variable (%s.%s) whose value %s; keep it in Secrets Manager or Parameter Store, read it at run time and rotate it", [f.resource, name, f.environment.key, name, what])
}
