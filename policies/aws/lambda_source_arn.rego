# METADATA
# title: Lambda permission for an AWS service does not name the source
# description: >-
#   A permission for a service principal (s3.amazonaws.com, sns.amazonaws.com,
#   events.amazonaws.com, ...) without SourceArn or SourceAccount lets that service invoke
#   the function on behalf of any resource, including another account's bucket, topic or
#   rule (the confused deputy problem).
# custom:
#   id: AWS-LAMBDA-007
#   severity: medium
#   input: aws
#   remediation: |
#     Name the resource that invokes the function (or at least the account).
#
#     CloudFormation:
#     ```yaml
#     UploadPermission:
#       Type: AWS::Lambda::Permission
#       Properties:
#         FunctionName: !Ref Handler
#         Action: lambda:InvokeFunction
#         Principal: s3.amazonaws.com
#         SourceArn: !GetAtt Uploads.Arn
#         SourceAccount: !Ref AWS::AccountId
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_lambda_permission" "upload" {
#       function_name  = aws_lambda_function.handler.function_name
#       action         = "lambda:InvokeFunction"
#       principal      = "s3.amazonaws.com"
#       source_arn     = aws_s3_bucket.uploads.arn
#       source_account = data.aws_caller_identity.current.account_id
#     }
#     ```
#   frameworks: ["nist-800-53 AC-3", "devops least-privilege"]
#   aliases: ["AVD-AWS-0067", "CKV_AWS_364"]
package shipgate.aws.lambda_source_arn

import data.shipgate.lib

deny contains lib.result(msg, p, p.principal) if {
	some p in input.aws.lambda.permissions
	principal := lib.string_value(p.principal)
	endswith(principal, ".amazonaws.com")
	lib.is_null(p.source_arn)
	lib.is_null(p.source_account)
	msg := sprintf("permission %q lets %q invoke the function for any source (%s without a source ARN or source account); name the resource that invokes it", [p.resource, principal, p.principal.key])
}
