# METADATA
# title: Secrets Manager secret is not encrypted with a customer managed KMS key
# description: >-
#   Without KmsKeyId a secret is encrypted with the AWS managed key
#   aws/secretsmanager, whose key policy cannot be changed: every principal of the
#   account with secretsmanager:GetSecretValue can decrypt it, the key cannot be
#   shared with another account, and its use cannot be separated per application. A
#   customer managed key puts decryption under a key policy you control.
# custom:
#   id: AWS-SECRETSMANAGER-001
#   severity: low
#   input: aws
#   remediation: |
#     Encrypt the secret with a customer managed KMS key.
#
#     CloudFormation:
#     ```yaml
#     Type: AWS::SecretsManager::Secret
#     Properties:
#       KmsKeyId: !Ref SecretsKey
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_secretsmanager_secret" "db" {
#       name       = "app/db"
#       kms_key_id = aws_kms_key.secrets.arn
#     }
#     ```
#   frameworks: ["devops secrets"]
#   aliases: ["AVD-AWS-0098", "CKV_AWS_149"]
package shipgate.aws.secretsmanager_cmk

import data.shipgate.lib

deny contains lib.result(msg, s, s.kms_key) if {
	some s in input.aws.secretsmanager.secrets
	lib.is_null(s.kms_key)
	msg := sprintf("secret %q is encrypted with the AWS managed key aws/secretsmanager (%s not set); encrypt it with a customer managed KMS key", [s.resource, s.kms_key.key])
}

deny contains lib.result(msg, s, s.kms_key) if {
	some s in input.aws.secretsmanager.secrets
	aws_managed(lib.string_value(s.kms_key))
	msg := sprintf("secret %q names the AWS managed key aws/secretsmanager (%s); encrypt it with a customer managed KMS key", [s.resource, s.kms_key.key])
}

aws_managed(key) if lower(key) == "alias/aws/secretsmanager"

aws_managed(key) if endswith(lower(key), ":alias/aws/secretsmanager")
