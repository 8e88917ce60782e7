# METADATA
# title: Secrets Manager secret is not rotated automatically
# description: >-
#   A secret without a rotation schedule keeps the same value until someone changes
#   it by hand, so a leaked database password or API key stays valid indefinitely.
#   Automatic rotation (a RotationSchedule, or aws_secretsmanager_secret_rotation)
#   limits how long a leaked value is useful. Secrets whose rotation schedule is
#   declared elsewhere in the template set are seen only when it is in the same
#   template or module.
# custom:
#   id: AWS-SECRETSMANAGER-002
#   severity: medium
#   input: aws
#   remediation: |
#     Add a rotation schedule with a rotation function (or a hosted rotation Lambda).
#
#     CloudFormation:
#     ```yaml
#     DbSecretRotation:
#       Type: AWS::SecretsManager::RotationSchedule
#       Properties:
#         SecretId: !Ref DbSecret
#         RotationLambdaARN: !GetAtt RotateFunction.Arn
#         RotationRules:
#           AutomaticallyAfterDays: 30
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_secretsmanager_secret_rotation" "db" {
#       secret_id           = aws_secretsmanager_secret.db.id
#       rotation_lambda_arn = aws_lambda_function.rotate.arn
#       rotation_rules {
#         automatically_after_days = 30
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp SecretsManager.1", "devops secrets"]
#   aliases: ["CKV2_AWS_57"]
package shipgate.aws.secretsmanager_rotation

import data.shipgate.lib

deny contains lib.result(msg, s, s.rotation.enabled) if {
	some s in input.aws.secretsmanager.secrets
	lib.is_false(s.rotation.enabled)
	msg := sprintf("secret %q has no rotation schedule (%s); rotate it automatically", [s.resource, s.rotation.enabled.key])
}
