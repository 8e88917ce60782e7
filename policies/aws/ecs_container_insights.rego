# METADATA
# title: ECS cluster does not use Container Insights
# description: >-
#   Container Insights collects per-task and per-service CPU, memory, network and
#   restart metrics; without them a failing rollout or a noisy neighbour shows up only
#   in application logs. A cluster without the setting takes the account's default,
#   which is disabled unless someone changed it (put-account-setting-default); skip the
#   finding where the account turns it on for every cluster.
# custom:
#   id: AWS-ECS-009
#   severity: low
#   input: aws
#   remediation: |
#     Turn Container Insights on for the cluster (enhanced adds per-container metrics).
#
#     CloudFormation:
#     ```yaml
#     Cluster:
#       Type: AWS::ECS::Cluster
#       Properties:
#         ClusterSettings:
#           - Name: containerInsights
#             Value: enhanced
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_ecs_cluster" "main" {
#       name = "main"
#       setting {
#         name  = "containerInsights"
#         value = "enhanced"
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp ECS.12", "nist-800-53 SI-4", "devops observability"]
#   aliases: ["AVD-AWS-0034", "CKV_AWS_65"]
package shipgate.aws.ecs_container_insights

import data.shipgate.lib

deny contains lib.result(msg, c, c.container_insights) if {
	some c in input.aws.ecs.clusters
	value := lib.string_value(c.container_insights)
	lower(value) == "disabled"
	msg := sprintf("cluster %q does not use Container Insights (%s is %q); set containerInsights to enabled or enhanced, unless the account's default turns it on", [c.resource, c.container_insights.key, value])
}
