# METADATA
# title: API Gateway stage does not write access logs
# description: >-
#   Access logs record who called which route of the API, from where, and with what
#   result. Without them, abuse of the API and the origin of an incident cannot be traced.
#   Applies to REST API stages and to HTTP and WebSocket API stages.
# custom:
#   id: AWS-APIGATEWAY-001
#   severity: medium
#   input: aws
#   remediation: |
#     Send access logs to a CloudWatch Logs log group (or Firehose).
#
#     CloudFormation:
#     ```yaml
#     ProdStage:
#       Type: AWS::ApiGateway::Stage
#       Properties:
#         RestApiId: !Ref Api
#         DeploymentId: !Ref Deployment
#         StageName: prod
#         AccessLogSetting:
#           DestinationArn: !GetAtt ApiAccessLogs.Arn
#           Format: '{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","status":"$context.status"}'
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_api_gateway_stage" "prod" {
#       rest_api_id   = aws_api_gateway_rest_api.api.id
#       deployment_id = aws_api_gateway_deployment.api.id
#       stage_name    = "prod"
#       access_log_settings {
#         destination_arn = aws_cloudwatch_log_group.api_access.arn
#         format          = jsonencode({ requestId = "$context.requestId", status = "$context.status" })
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp APIGateway.9", "nist-800-53 AU-2", "nist-800-53 AU-12", "devops observability"]
#   aliases: ["CKV_AWS_76", "CKV_AWS_95", "AVD-AWS-0001", "AVD-AWS-0113", "AVD-AWS-0116"]
package shipgate.aws.apigateway_access_logs

import data.shipgate.lib

deny contains lib.result(msg, s, s.access_logs) if {
	some s in input.aws.apigateway.stages
	lib.is_false(s.access_logs)
	msg := sprintf("API Gateway stage %q does not write access logs (%s); send them to a CloudWatch Logs log group", [s.resource, s.access_logs.key])
}

deny contains lib.result(msg, s, s.access_logs) if {
	some s in input.aws.apigateway.v2_stages
	lib.is_false(s.access_logs)
	msg := sprintf("API Gateway stage %q does not write access logs (%s); send them to a CloudWatch Logs log group", [s.resource, s.access_logs.key])
}
