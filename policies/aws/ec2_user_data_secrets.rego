# METADATA
# title: Instance user data holds a credential
# description: >-
#   User data is readable by anyone who can describe the instance or launch template
#   (`ec2:DescribeInstanceAttribute`), by every process on the instance through the
#   metadata service, and it is kept in the template's history. A credential written into
#   it (an AWS access key, a token, a private key) is exposed to all of them. Only
#   credentials in a known format in the literal text are reported.
# custom:
#   id: AWS-EC2-016
#   severity: critical
#   input: aws
#   secret: true
#   remediation: |
#     Give the instance an IAM role, and read other secrets at boot from Secrets Manager or
#     Parameter Store; rotate the exposed credential.
#
#     CloudFormation:
#     ```yaml
#     UserData:
#       Fn::Base64: !Sub |
#         #!/bin/bash
#         TOKEN=$(aws secretsmanager get-secret-value --secret-id ${DeployTokenSecret} --query SecretString --output text)
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_instance" "app" {
#       ami                  = var.ami_id
#       instance_type        = "t3.micro"
#       iam_instance_profile = aws_iam_instance_profile.app.name
#       user_data            = <<-EOT
#         #!/bin/bash
#         TOKEN=$(aws secretsmanager get-secret-value --secret-id ${aws_secretsmanager_secret.deploy.id} --query SecretString --output text)
#       EOT
#     }
#     ```
#   frameworks: ["nist-800-53 IA-5", "owasp-cicd CICD-SEC-6", "devops secrets"]
#   aliases: ["CKV_AWS_46", "AVD-AWS-0029", "AVD-AWS-0122", "AVD-AWS-0129"]
package shipgate.aws.ec2_user_data_secrets

import data.shipgate.lib
import data.shipgate.lib.secrets

_launchers := array.concat(
	array.concat(
		[["instance", x] | some x in input.aws.ec2.instances],
		[["launch template", x] | some x in input.aws.ec2.launch_templates],
	),
	[["launch configuration", x] | some x in input.aws.autoscaling.launch_configurations],
)

deny contains lib.result(msg, x, x.user_data_text) if {
	some [what, x] in _launchers
	text := lib.string_value(x.user_data_text)
	formats := sort([f | some f, pattern in secrets.credential_formats; _found(pattern, text)])
	count(formats) > 0
	msg := sprintf("%s %q has %s in its user data (%s); give the instance a role or read the secret at boot from Secrets Manager, and rotate it", [what, x.resource, formats[0], x.user_data_text.key])
}

# _found: text holds a match of pattern that is not a placeholder (the
# documentation's AKIAIOSFODNN7EXAMPLE).
_found(pattern, text) if {
	some m in regex.find_n(pattern, text, -1)
	not secrets.placeholder(m)
}
