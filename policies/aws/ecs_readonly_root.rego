# METADATA
# title: ECS container can write to its root filesystem
# description: >-
#   A read-only root filesystem stops an attacker who gets code execution in the
#   container from replacing its binaries or dropping tools, and keeps state out of the
#   container layer. Containers write scratch data to volumes (a bind mount or EFS) and
#   /tmp can be a volume too. ECS leaves the root filesystem writable unless
#   readonlyRootFilesystem is true.
# custom:
#   id: AWS-ECS-004
#   severity: low
#   input: aws
#   remediation: |
#     Make the root filesystem read-only and mount a volume where the application writes.
#
#     CloudFormation:
#     ```yaml
#     ContainerDefinitions:
#       - Name: web
#         Image: example/web:1.4.2
#         ReadonlyRootFilesystem: true
#         MountPoints:
#           - SourceVolume: tmp
#             ContainerPath: /tmp
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_ecs_task_definition" "app" {
#       # ...
#       volume {
#         name = "tmp"
#       }
#       container_definitions = jsonencode([{
#         name                   = "web"
#         image                  = "example/web:1.4.2"
#         readonlyRootFilesystem = true
#         mountPoints            = [{ sourceVolume = "tmp", containerPath = "/tmp" }]
#       }])
#     }
#     ```
#   frameworks: ["aws-fsbp ECS.5", "nist-800-53 AC-6", "devops hardening"]
#   aliases: ["CKV_AWS_336"]
package shipgate.aws.ecs_readonly_root

import data.shipgate.lib

deny contains lib.result(msg, task, c.readonly_root_filesystem) if {
	some task in input.aws.ecs.task_definitions
	some c in task.containers
	lib.is_false(c.readonly_root_filesystem)
	msg := sprintf("container %q of task definition %q can write to its root filesystem (%s is false); set it to true and mount a volume where the application writes", [lib.display_name(c.name), task.resource, c.readonly_root_filesystem.key])
}
