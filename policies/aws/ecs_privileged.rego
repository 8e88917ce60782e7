# METADATA
# title: ECS container runs privileged
# description: >-
#   A privileged container has every Linux capability and access to the host's devices,
#   so a compromise of the application is a compromise of the EC2 host and of every
#   task on it.
# custom:
#   id: AWS-ECS-001
#   severity: high
#   input: aws
#   remediation: |
#     Do not run the container privileged (the default); add only the Linux capabilities it
#     needs.
#
#     CloudFormation:
#     ```yaml
#     ContainerDefinitions:
#       - Name: web
#         Image: example/web:1.4.2
#         LinuxParameters:
#           Capabilities:
#             Add: [NET_BIND_SERVICE]
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_ecs_task_definition" "app" {
#       # ...
#       container_definitions = jsonencode([{
#         name  = "web"
#         image = "example/web:1.4.2"
#         linuxParameters = {
#           capabilities = { add = ["NET_BIND_SERVICE"] }
#         }
#       }])
#     }
#     ```
#   frameworks: ["aws-fsbp ECS.4", "nist-800-53 AC-6", "devops hardening"]
package shipgate.aws.ecs_privileged

import data.shipgate.lib

deny contains lib.result(msg, task, c.privileged) if {
	some task in input.aws.ecs.task_definitions
	some c in task.containers
	lib.is_true(c.privileged)
	msg := sprintf("container %q of task definition %q runs privileged (%s is true); turn it off and add only the Linux capabilities it needs", [lib.display_name(c.name), task.resource, c.privileged.key])
}
