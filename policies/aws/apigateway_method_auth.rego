# METADATA
# title: API Gateway method is open to anyone, without authorisation or API key
# description: >-
#   A REST API method with authorisation type `NONE` that does not require an API key can
#   be called by anyone who can reach the API, and the backend behind it runs for them.
#   Public read-only endpoints may be intended; everything else needs IAM, a Lambda or
#   Cognito authoriser. `OPTIONS` methods (CORS preflight) are not reported.
# custom:
#   id: AWS-APIGATEWAY-003
#   severity: low
#   input: aws
#   remediation: |
#     Require an authoriser (IAM, Cognito or Lambda) or at least an API key.
#
#     CloudFormation:
#     ```yaml
#     GetOrders:
#       Type: AWS::ApiGateway::Method
#       Properties:
#         RestApiId: !Ref Api
#         ResourceId: !Ref OrdersResource
#         HttpMethod: GET
#         AuthorizationType: COGNITO_USER_POOLS
#         AuthorizerId: !Ref UserPoolAuthorizer
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_api_gateway_method" "get_orders" {
#       rest_api_id   = aws_api_gateway_rest_api.api.id
#       resource_id   = aws_api_gateway_resource.orders.id
#       http_method   = "GET"
#       authorization = "AWS_IAM"
#     }
#     ```
#   frameworks: ["nist-800-53 AC-3", "nist-800-53 IA-2", "devops least-privilege"]
#   aliases: ["CKV_AWS_59", "AVD-AWS-0004"]
package shipgate.aws.apigateway_method_auth

import data.shipgate.lib

deny contains lib.result(msg, m, m.authorization) if {
	some m in input.aws.apigateway.methods
	lib.has_value(m.authorization, "NONE")
	lib.is_false(m.api_key_required)
	method := lib.string_value(m.http_method)
	upper(method) != "OPTIONS"
	msg := sprintf("API Gateway method %q (%s) needs neither authorisation nor an API key (%s is %q); require IAM, a Cognito or Lambda authoriser, or an API key", [m.resource, method, m.authorization.key, "NONE"])
}
