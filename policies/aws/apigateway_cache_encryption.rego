# METADATA
# title: API Gateway caches responses unencrypted
# description: >-
#   A method setting that turns on caching without encrypting the cache keeps copies of
#   the API's responses, personal data and tokens included, unencrypted on the cache
#   cluster.
# custom:
#   id: AWS-APIGATEWAY-005
#   severity: medium
#   input: aws
#   remediation: |
#     Encrypt cached responses wherever caching is on.
#
#     CloudFormation:
#     ```yaml
#     MethodSettings:
#       - ResourcePath: /*
#         HttpMethod: "*"
#         CachingEnabled: true
#         CacheDataEncrypted: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_api_gateway_method_settings" "all" {
#       rest_api_id = aws_api_gateway_rest_api.api.id
#       stage_name  = aws_api_gateway_stage.prod.stage_name
#       method_path = "*/*"
#       settings {
#         caching_enabled      = true
#         cache_data_encrypted = true
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp APIGateway.5", "nist-800-53 SC-28", "devops hardening"]
#   aliases: ["CKV_AWS_308", "AVD-AWS-0002", "AVD-AWS-0110"]
package shipgate.aws.apigateway_cache_encryption

import data.shipgate.lib

deny contains lib.result(msg, s, s.cache_data_encrypted) if {
	some s in input.aws.apigateway.method_settings
	lib.is_true(s.caching_enabled)
	lib.is_false(s.cache_data_encrypted)
	msg := sprintf("method setting of %q caches responses unencrypted; set %s to true", [s.resource, s.cache_data_encrypted.key])
}
