# METADATA
# title: CloudFormation parameter for a secret is not NoEcho
# description: >-
#   A String parameter named like a secret (DBPassword, GitHubToken, ApiKey,
#   ClientSecret ...) without NoEcho true is shown in clear text by the console,
#   describe-stacks and the stack's events, to anyone who can read the stack. The
#   name decides: it must end in password, passphrase, token, an API, private or
#   secret key, or a client, shared, signing or webhook secret, and not be a
#   switch (UsePassword, EnableApiKey); parameters with AllowedValues and SSM
#   parameter types (which hold a parameter name, not the
#   value) are not reported. This is a CloudFormation rule: Terraform variables are
#   not part of the scanned view, so the Terraform equivalent (a variable without
#   sensitive = true) is not reported.
# custom:
#   id: AWS-CLOUDFORMATION-001
#   severity: medium
#   kinds: [cloudformation]
#   remediation: |
#     Mark the parameter NoEcho, or better, drop it and resolve the secret from
#     Secrets Manager where it is used ({{resolve:secretsmanager:...}}).
#
#     CloudFormation:
#     ```yaml
#     Parameters:
#       DBPassword:
#         Type: String
#         NoEcho: true
#     ```
#
#     Terraform:
#     ```hcl
#     variable "db_password" {
#       type      = string
#       sensitive = true
#     }
#     ```
#   frameworks: ["nist-800-53 IA-5(7)", "devops secrets"]
package shipgate.aws.cloudformation_parameter_noecho

deny contains {"msg": msg, "resource": name, "src": src} if {
	some name, p in input.raw.Parameters
	is_string(name)
	is_object(p)
	secret_name(name)
	p.Type == "String"
	not p.AllowedValues
	not no_echo(p)
	src := where(name, p)
	msg := sprintf("parameter %q looks like it holds a secret but is shown in clear text (NoEcho is not true); set NoEcho to true, or resolve the secret from Secrets Manager instead", [name])
}

# secret_name is true for a name that ends in a secret noun, digits and
# separators aside: DBPassword, GitHubOAuthToken, StripeApiKey2; not for a
# switch about one (UsePassword, EnableApiKey, GenerateToken).
secret_name(name) if {
	regex.match(`(?i)(password|passwd|passphrase|token|api_?key|private_?key|secret_?key|secret_?access_?key|(client|shared|signing|webhook|app|jwt)_?secret)[0-9_-]*$`, name)
	not regex.match(`^(?i:use|enable|disable|require|rotate|generate|create|has|is|with|skip|include)([A-Z_-]|$)`, name)
}

no_echo(p) if p.NoEcho == true

no_echo(p) if {
	is_string(p.NoEcho)
	lower(p.NoEcho) == "true"
}

# A NoEcho that is not true places the finding on it, else on the parameter.
where(name, p) := sprintf("/Parameters/%s/NoEcho", [name]) if "NoEcho" in object.keys(p)

where(name, p) := sprintf("/Parameters/%s", [name]) if not "NoEcho" in object.keys(p)
