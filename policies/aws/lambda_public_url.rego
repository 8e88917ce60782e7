# METADATA
# title: Lambda function URL does not authenticate callers
# description: >-
#   A function URL with AuthType NONE skips IAM authentication: once the function's
#   resource policy allows lambda:InvokeFunctionUrl to "*" (SAM and the console add that
#   statement for you), anyone on the internet can invoke the function and run up its
#   cost. Keep NONE only for endpoints that authenticate requests themselves (a signed
#   webhook) and say so in a suppression.
# custom:
#   id: AWS-LAMBDA-005
#   severity: medium
#   input: aws
#   remediation: |
#     Require IAM authentication (callers sign requests with SigV4), or put the function
#     behind API Gateway with an authorizer.
#
#     CloudFormation:
#     ```yaml
#     HandlerUrl:
#       Type: AWS::Lambda::Url
#       Properties:
#         TargetFunctionArn: !GetAtt Handler.Arn
#         AuthType: AWS_IAM
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_lambda_function_url" "handler" {
#       function_name      = aws_lambda_function.handler.function_name
#       authorization_type = "AWS_IAM"
#     }
#     ```
#   frameworks: ["nist-800-53 AC-3", "nist-800-53 IA-2", "devops least-privilege"]
#   aliases: ["CKV_AWS_258"]
package shipgate.aws.lambda_public_url

import data.shipgate.lib

deny contains lib.result(msg, u, u.auth_type) if {
	some u in input.aws.lambda.function_urls
	lib.has_value(u.auth_type, "NONE")
	msg := sprintf("function URL %q does not authenticate callers (%s is NONE%s); set it to AWS_IAM, or authenticate requests in the function and suppress this finding", [u.resource, u.auth_type.key, lib.value_origin(u.auth_type)])
}
