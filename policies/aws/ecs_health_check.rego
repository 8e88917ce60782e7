# METADATA
# title: ECS container has no health check
# description: >-
#   Without a container health check ECS only notices a crashed process, not a hung one,
#   and deployment circuit breakers and rolling updates cannot tell a bad release from a
#   good one. One-shot or sidecar containers may not need one.
# custom:
#   id: AWS-ECS-003
#   severity: low
#   input: aws
#   remediation: |
#     Add a health check that exercises the service.
#
#     CloudFormation:
#     ```yaml
#     ContainerDefinitions:
#       - Name: web
#         Image: example/web:1.4.2
#         HealthCheck:
#           Command: ["CMD-SHELL", "curl -fsS http://localhost:8080/health || exit 1"]
#           Interval: 30
#           Retries: 3
#           StartPeriod: 60
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_ecs_task_definition" "app" {
#       # ...
#       container_definitions = jsonencode([{
#         name  = "web"
#         image = "example/web:1.4.2"
#         healthCheck = {
#           command     = ["CMD-SHELL", "curl -fsS http://localhost:8080/health || exit 1"]
#           interval    = 30
#           retries     = 3
#           startPeriod = 60
#         }
#       }])
#     }
#     ```
#   frameworks: ["devops deployment-safety"]
package shipgate.aws.ecs_health_check

import data.shipgate.lib

deny contains lib.result(msg, task, c.health_check) if {
	some task in input.aws.ecs.task_definitions
	some c in task.containers
	lib.is_null(c.health_check)
	msg := sprintf("container %q of task definition %q has no health check (%s); add one with a command that probes the service", [lib.display_name(c.name), task.resource, c.health_check.key])
}
