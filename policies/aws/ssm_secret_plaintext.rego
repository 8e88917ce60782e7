# METADATA
# title: SSM parameter with a secret-like name is not a SecureString
# description: >-
#   A String or StringList parameter is stored and returned in plain text, readable
#   by anyone with ssm:GetParameter and shown in the console and in the template or
#   Terraform state. A parameter whose name announces a password, token, secret or key
#   should be a SecureString encrypted with KMS, or a Secrets Manager secret.
#   CloudFormation cannot create a SecureString (AWS::SSM::Parameter supports only
#   String and StringList), so in a template the fix is to keep the secret out of it:
#   create a Secrets Manager secret with a generated value, or create the SecureString
#   outside the stack and read it with a {{resolve:ssm-secure:...}} dynamic reference.
#   Names that point to a secret (…_ARN, …_NAME, …_PATH) and placeholder values are
#   not reported.
# custom:
#   id: AWS-SSM-001
#   severity: high
#   input: aws
#   secret: true
#   remediation: |
#     Store the secret encrypted: a SecureString parameter (Terraform) or a Secrets
#     Manager secret with a generated value (CloudFormation).
#
#     CloudFormation:
#     ```yaml
#     DbPassword:
#       Type: AWS::SecretsManager::Secret
#       Properties:
#         Name: /app/db/password
#         GenerateSecretString:
#           PasswordLength: 32
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_ssm_parameter" "db_password" {
#       name   = "/app/db/password"
#       type   = "SecureString"
#       key_id = aws_kms_key.params.arn
#       value  = random_password.db.result
#     }
#     ```
#   frameworks: ["nist-800-53 IA-5(7)", "nist-800-53 SC-28", "devops secrets"]
#   aliases: ["CKV2_AWS_34"]
package shipgate.aws.ssm_secret_plaintext

import data.shipgate.lib
import data.shipgate.lib.secrets

deny contains lib.result(msg, p, p.type) if {
	some p in input.aws.ssm.parameters
	type := lib.string_value(p.type)
	type != "SecureString"
	name := parameter_name(p)
	regex.match(secrets.secret_name, name)
	not regex.match(secrets.reference_name, name)
	may_be_secret(p.value)
	msg := sprintf("parameter %q has a secret-like name (%q) but is stored in plain text as %s (%s); store the secret as a SecureString or in Secrets Manager", [p.resource, name, type, p.type.key])
}

# parameter_name is the last segment of the parameter's name, or of its
# address when the name is not written (CloudFormation generates one).
parameter_name(p) := last(split(lib.string_value(p.name), "/"))

parameter_name(p) := last(split(p.resource, ".")) if lib.is_null(p.name)

last(parts) := parts[count(parts) - 1]

# may_be_secret is false for a value that is only a reference to a secret or
# a placeholder; an unknown value (a NoEcho parameter, a variable) may be
# the secret itself.
may_be_secret(v) if not lib.known(v)

may_be_secret(v) if {
	value := lib.string_value(v)
	not secrets.reference(value)
	not secrets.placeholder(value)
}
