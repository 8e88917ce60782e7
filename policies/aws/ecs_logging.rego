# METADATA
# title: ECS container has no log configuration
# description: >-
#   Without a logConfiguration the container's output is not collected, so a failed
#   deployment or an incident leaves no application logs to investigate.
# custom:
#   id: AWS-ECS-002
#   severity: medium
#   input: aws
#   remediation: |
#     Send the container's output to CloudWatch Logs (or FireLens).
#
#     CloudFormation:
#     ```yaml
#     ContainerDefinitions:
#       - Name: web
#         Image: example/web:1.4.2
#         LogConfiguration:
#           LogDriver: awslogs
#           Options:
#             awslogs-group: !Ref AppLogs
#             awslogs-region: !Ref AWS::Region
#             awslogs-stream-prefix: web
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_ecs_task_definition" "app" {
#       # ...
#       container_definitions = jsonencode([{
#         name  = "web"
#         image = "example/web:1.4.2"
#         logConfiguration = {
#           logDriver = "awslogs"
#           options = {
#             "awslogs-group"         = aws_cloudwatch_log_group.app.name
#             "awslogs-region"        = var.region
#             "awslogs-stream-prefix" = "web"
#           }
#         }
#       }])
#     }
#     ```
#   frameworks: ["aws-fsbp ECS.9", "nist-800-53 AU-12", "devops observability"]
package shipgate.aws.ecs_logging

import data.shipgate.lib

deny contains lib.result(msg, task, c.log_configuration) if {
	some task in input.aws.ecs.task_definitions
	some c in task.containers
	lib.is_null(c.log_configuration)
	msg := sprintf("container %q of task definition %q has no log configuration (%s); add one with the awslogs or awsfirelens driver", [lib.display_name(c.name), task.resource, c.log_configuration.key])
}
