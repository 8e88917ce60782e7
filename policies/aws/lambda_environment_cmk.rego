# METADATA
# title: Lambda environment variables are not encrypted with a customer managed key
# description: >-
#   Lambda encrypts environment variables at rest with the AWS managed key aws/lambda
#   unless the function names a KMS key, so anyone allowed to read the function's
#   configuration reads the values, and the key's use cannot be restricted or audited
#   separately. The rule reads functions that have environment variables.
# custom:
#   id: AWS-LAMBDA-008
#   severity: low
#   input: aws
#   remediation: |
#     Encrypt the environment with your KMS key (the function's role needs kms:Decrypt),
#     and keep secrets out of the environment altogether (AWS-LAMBDA-004).
#
#     CloudFormation:
#     ```yaml
#     KmsKeyArn: !GetAtt FunctionKey.Arn
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_lambda_function" "handler" {
#       # ...
#       kms_key_arn = aws_kms_key.functions.arn
#     }
#     ```
#   frameworks: ["nist-800-53 SC-28", "nist-800-53 SC-12"]
#   aliases: ["CKV_AWS_173"]
package shipgate.aws.lambda_environment_cmk

import data.shipgate.lib

deny contains lib.result(msg, f, f.kms_key) if {
	some f in input.aws.lambda.functions
	lib.known(f.environment)
	is_object(f.environment.value)
	count(f.environment.value) > 0
	lib.is_null(f.kms_key)
	msg := sprintf("function %q has environment variables encrypted with the AWS managed key (%s is not set); name a customer managed KMS key", [f.resource, f.kms_key.key])
}
