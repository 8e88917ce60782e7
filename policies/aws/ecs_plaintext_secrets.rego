# METADATA
# title: ECS container has a secret in a plain environment variable
# description: >-
#   Variables in a container's environment are stored in the task definition, which
#   anyone with ecs:DescribeTaskDefinition (and every reader of the template) can see;
#   secrets belong in the container's secrets, which ECS reads from Secrets Manager or
#   Parameter Store when it starts the task. The rule decides by the value, like
#   AWS-CODEBUILD-002: one in a known credential format is reported whatever the variable
#   is called; under a name that says password, secret, token or key, a value that looks
#   like a credential is reported. ARNs, parameter paths, dynamic references, unknown
#   values and placeholders are not secrets.
# custom:
#   id: AWS-ECS-006
#   severity: high
#   input: aws
#   remediation: |
#     Move the value to Secrets Manager or Parameter Store and reference it from the
#     container's secrets (the execution role needs read access); rotate the value.
#
#     CloudFormation:
#     ```yaml
#     ContainerDefinitions:
#       - Name: web
#         Image: example/web:1.4.2
#         Secrets:
#           - Name: DB_PASSWORD
#             ValueFrom: !Ref DatabaseSecret
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_ecs_task_definition" "app" {
#       # ...
#       container_definitions = jsonencode([{
#         name    = "web"
#         image   = "example/web:1.4.2"
#         secrets = [{ name = "DB_PASSWORD", valueFrom = aws_secretsmanager_secret.db.arn }]
#       }])
#     }
#     ```
#   frameworks: ["aws-fsbp ECS.8", "nist-800-53 IA-5(7)", "devops secrets"]
#   aliases: ["AVD-AWS-0036"]
#   secret: true
package shipgate.aws.ecs_plaintext_secrets

import data.shipgate.lib
import data.shipgate.lib.secrets

deny contains lib.result(msg, task, v.value) if {
	some task in input.aws.ecs.task_definitions
	some c in task.containers
	some v in c.environment
	value := lib.string_value(v.value)
	name := lib.display_name(v.name)
	what := secrets.secret(name, value)
	msg := sprintf("container %q of task definition %q passes %q as a plain environment variable (%s) whose value %s%s; reference it from the container's secrets instead and rotate it", [lib.display_name(c.name), task.resource, name, v.value.key, what, lib.value_origin(v.value)])
}
