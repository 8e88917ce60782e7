# METADATA
# title: ECS task shares the host's process namespace
# description: >-
#   With pidMode host every container of the task sees (and, with enough privileges,
#   can signal or trace) every process on the EC2 host, including other tasks' and the
#   ECS agent's, which breaks the isolation between workloads. Monitoring agents that
#   need it are the exception.
# custom:
#   id: AWS-ECS-007
#   severity: medium
#   input: aws
#   remediation: |
#     Leave the process namespace per container (the default), or share it within the
#     task only.
#
#     CloudFormation:
#     ```yaml
#     Task:
#       Type: AWS::ECS::TaskDefinition
#       Properties:
#         PidMode: task
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_ecs_task_definition" "app" {
#       # ...
#       pid_mode = "task"
#     }
#     ```
#   frameworks: ["aws-fsbp ECS.3", "nist-800-53 SC-39", "devops hardening"]
#   aliases: ["CKV_AWS_335"]
package shipgate.aws.ecs_host_pid

import data.shipgate.lib

deny contains lib.result(msg, task, task.pid_mode) if {
	some task in input.aws.ecs.task_definitions
	lib.has_value(task.pid_mode, "host")
	msg := sprintf("task definition %q shares the host's process namespace (%s is \"host\"); remove it, or use \"task\" to share processes only within the task", [task.resource, task.pid_mode.key])
}
