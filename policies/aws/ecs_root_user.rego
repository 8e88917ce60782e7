# METADATA
# title: ECS container runs as root
# description: >-
#   A container whose user is set to root (or UID 0) runs its process with full
#   privileges inside the container, so an exploit in the application can change any
#   file of the image and use every capability the task grants. The rule fires only on a
#   user written as root or 0: without one the image's USER decides, which the template
#   does not show (AWS-ECS-001 and the Dockerfile rules cover the rest).
# custom:
#   id: AWS-ECS-005
#   severity: medium
#   input: aws
#   remediation: |
#     Run the container as an unprivileged user (one the image defines, or a UID:GID).
#
#     CloudFormation:
#     ```yaml
#     ContainerDefinitions:
#       - Name: web
#         Image: example/web:1.4.2
#         User: "1000:1000"
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_ecs_task_definition" "app" {
#       # ...
#       container_definitions = jsonencode([{
#         name  = "web"
#         image = "example/web:1.4.2"
#         user  = "1000:1000"
#       }])
#     }
#     ```
#   frameworks: ["nist-800-53 AC-6", "devops hardening"]
package shipgate.aws.ecs_root_user

import data.shipgate.lib

deny contains lib.result(msg, task, c.user) if {
	some task in input.aws.ecs.task_definitions
	some c in task.containers
	user := lib.string_value(c.user)
	regex.match(`^(root|0)(:.*)?$`, trim_space(user))
	msg := sprintf("container %q of task definition %q runs as root (%s is %q%s); run it as an unprivileged user such as \"1000:1000\"", [lib.display_name(c.name), task.resource, c.user.key, user, lib.value_origin(c.user)])
}
