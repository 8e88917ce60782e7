# METADATA
# title: Lambda permission lets anyone invoke the function
# description: >-
#   A permission whose principal is "*" without SourceArn, SourceAccount or
#   PrincipalOrgID adds a statement to the function's resource policy that lets any AWS
#   account (and, for lambda:InvokeFunctionUrl with FunctionUrlAuthType NONE, anyone on
#   the internet) invoke the function. The statement SAM and the console add for a
#   function URL without authentication (lambda:InvokeFunctionUrl with
#   FunctionUrlAuthType NONE, or lambda:InvokeFunction with InvokedViaFunctionUrl) is
#   left to AWS-LAMBDA-005, which reports the URL.
# custom:
#   id: AWS-LAMBDA-006
#   severity: high
#   input: aws
#   remediation: |
#     Name the account, service or organization that may invoke the function, or limit
#     "*" to one source with SourceArn, SourceAccount or PrincipalOrgID.
#
#     CloudFormation:
#     ```yaml
#     InvokePermission:
#       Type: AWS::Lambda::Permission
#       Properties:
#         FunctionName: !Ref Handler
#         Action: lambda:InvokeFunction
#         Principal: "123456789012"
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_lambda_permission" "invoke" {
#       function_name = aws_lambda_function.handler.function_name
#       action        = "lambda:InvokeFunction"
#       principal     = "123456789012"
#     }
#     ```
#   frameworks: ["aws-fsbp Lambda.1", "nist-800-53 AC-3", "nist-800-53 AC-6", "devops least-privilege"]
#   aliases: ["CKV_AWS_301"]
package shipgate.aws.lambda_public_permission

import data.shipgate.lib

deny contains lib.result(msg, p, p.principal) if {
	some p in input.aws.lambda.permissions
	lib.has_value(p.principal, "*")
	lib.is_null(p.source_arn)
	lib.is_null(p.source_account)
	lib.is_null(p.principal_org_id)
	not url_without_auth(p)
	msg := sprintf("permission %q lets any principal invoke the function (%s is \"*\"%s) without a source condition; name the principal, or restrict it with a source ARN, source account or organization id", [p.resource, p.principal.key, lib.value_origin(p.principal)])
}

url_without_auth(p) if {
	lib.has_value(p.action, "lambda:InvokeFunctionUrl")
	lib.has_value(p.function_url_auth_type, "NONE")
}

url_without_auth(p) if lib.is_true(p.invoked_via_function_url)
