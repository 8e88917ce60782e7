# METADATA
# title: API Gateway REST API stage does not trace requests with X-Ray
# description: >-
#   Without active tracing, a slow or failing request cannot be followed from the API into
#   the Lambda functions and services behind it, and latency regressions after a deployment
#   show up only as averages.
# custom:
#   id: AWS-APIGATEWAY-002
#   severity: low
#   input: aws
#   remediation: |
#     Turn on X-Ray tracing for the stage.
#
#     CloudFormation:
#     ```yaml
#     ProdStage:
#       Type: AWS::ApiGateway::Stage
#       Properties:
#         RestApiId: !Ref Api
#         DeploymentId: !Ref Deployment
#         StageName: prod
#         TracingEnabled: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_api_gateway_stage" "prod" {
#       rest_api_id          = aws_api_gateway_rest_api.api.id
#       deployment_id        = aws_api_gateway_deployment.api.id
#       stage_name           = "prod"
#       xray_tracing_enabled = true
#     }
#     ```
#   frameworks: ["aws-fsbp APIGateway.3", "nist-800-53 AU-12", "devops observability"]
#   aliases: ["CKV_AWS_73", "AVD-AWS-0003", "AVD-AWS-0111"]
package shipgate.aws.apigateway_tracing

import data.shipgate.lib

deny contains lib.result(msg, s, s.tracing) if {
	some s in input.aws.apigateway.stages
	lib.is_false(s.tracing)
	msg := sprintf("API Gateway stage %q does not trace requests with X-Ray; set %s to true", [s.resource, s.tracing.key])
}
