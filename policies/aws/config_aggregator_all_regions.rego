# METADATA
# title: AWS Config aggregator does not aggregate all regions
# description: >-
#   An aggregation source that lists regions (AllAwsRegions not true) leaves every
#   other region, including ones opened later, out of the aggregated view, so
#   resources created there (often by an attacker, in a region thought unused) never
#   show in the central compliance dashboard. Each account source and the
#   organization source is judged.
# custom:
#   id: AWS-CONFIG-002
#   severity: medium
#   input: aws
#   remediation: |
#     Aggregate all regions, current and future.
#
#     CloudFormation:
#     ```yaml
#     Aggregator:
#       Type: AWS::Config::ConfigurationAggregator
#       Properties:
#         OrganizationAggregationSource:
#           RoleArn: !GetAtt AggregatorRole.Arn
#           AllAwsRegions: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_config_configuration_aggregator" "org" {
#       name = "organization"
#       organization_aggregation_source {
#         role_arn    = aws_iam_role.aggregator.arn
#         all_regions = true
#       }
#     }
#     ```
#   frameworks: ["nist-800-53 CM-8", "devops observability"]
#   aliases: ["AVD-AWS-0019", "CKV_AWS_121"]
package shipgate.aws.config_aggregator_all_regions

import data.shipgate.lib

deny contains lib.result(msg, a, a.organization_source.all_regions) if {
	some a in input.aws.config.aggregators
	lib.is_true(a.organization_source.declared)
	lib.is_false(a.organization_source.all_regions)
	msg := sprintf("configuration aggregator %q aggregates only some regions of the organization (%s is not true); set it to true", [a.resource, a.organization_source.all_regions.key])
}

deny contains lib.result(msg, a, s.all_regions) if {
	some a in input.aws.config.aggregators
	some s in a.account_sources
	lib.is_false(s.all_regions)
	msg := sprintf("configuration aggregator %q aggregates only some regions of its accounts (%s is not true); set it to true", [a.resource, s.all_regions.key])
}
