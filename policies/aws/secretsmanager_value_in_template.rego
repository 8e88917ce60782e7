# METADATA
# title: Secrets Manager secret value is written in the template
# description: >-
#   A SecretString (or aws_secretsmanager_secret_version secret_string) written in
#   the template puts the secret in source control, in every copy of the template and,
#   for Terraform, in the plan and state: storing it in Secrets Manager then protects
#   nothing. Generate the value (GenerateSecretString, a random_password resource
#   written only to the secret) or set it outside the code. A value that comes from a
#   deployment parameter or a variable without a default is not reported; the default
#   of a parameter is, since it is written in the template.
# custom:
#   id: AWS-SECRETSMANAGER-004
#   severity: high
#   input: aws
#   secret: true
#   remediation: |
#     Let Secrets Manager generate the value, or set it outside the template.
#
#     CloudFormation:
#     ```yaml
#     Type: AWS::SecretsManager::Secret
#     Properties:
#       GenerateSecretString:
#         SecretStringTemplate: '{"username": "app"}'
#         GenerateStringKey: password
#         PasswordLength: 32
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_secretsmanager_secret" "db" {
#       name = "app/db"
#     }
#     # set the value out of band:
#     # aws secretsmanager put-secret-value --secret-id app/db --secret-string file://secret.json
#     ```
#   frameworks: ["nist-800-53 IA-5(7)", "devops secrets"]
#   aliases: []
package shipgate.aws.secretsmanager_value_in_template

import data.shipgate.lib
import data.shipgate.lib.secrets

deny contains lib.result(msg, s, s.secret_string) if {
	some s in input.aws.secretsmanager.secrets
	lib.written(s.secret_string)
	value := lib.string_value(s.secret_string)
	not given_at_deployment(s.secret_string)
	not contains(value, "{{resolve:")
	real_value(value)
	msg := sprintf("secret %q has its value written in the template (%s%s); generate it or set it outside the code", [s.resource, s.secret_string.key, lib.value_origin(s.secret_string)])
}

# A value given for a parameter when the stack is deployed is not in the
# template.
given_at_deployment(a) if a.param.default == false

# real_value is true for a value that is not a placeholder; a JSON object
# (the usual {"username": …, "password": …}) when it holds a value that is
# not one under a secret-like key, or a credential-shaped value.
real_value(value) if {
	not json_object(value)
	not secrets.placeholder(value)
}

real_value(value) if {
	some k, v in json_object(value)
	is_string(v)
	not secrets.placeholder(v)
	secret_entry(k, v)
}

secret_entry(k, _) if regex.match(secrets.secret_name, k)

secret_entry(_, v) if secrets.credential_shaped(v)

json_object(value) := o if {
	json.is_valid(value)
	o := json.unmarshal(value)
	is_object(o)
}
