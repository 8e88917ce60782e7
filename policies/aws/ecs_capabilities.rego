# METADATA
# title: ECS container adds a dangerous Linux capability
# description: >-
#   Capabilities such as SYS_ADMIN, NET_ADMIN, SYS_MODULE, SYS_RAWIO, DAC_READ_SEARCH, BPF
#   or ALL give a container most of what privileged mode gives: mounting file systems,
#   reconfiguring the host's network, loading kernel modules or reading any file, which
#   turn an application compromise into a host compromise. Capabilities that only a few
#   agents need (SYS_PTRACE for debuggers) are not reported.
# custom:
#   id: AWS-ECS-013
#   severity: high
#   input: aws
#   remediation: |
#     Remove the capability (and drop the ones the application does not need); run the
#     agent that needs it on a dedicated host type if it really does.
#
#     CloudFormation:
#     ```yaml
#     LinuxParameters:
#       Capabilities:
#         Add: [NET_BIND_SERVICE]
#         Drop: [ALL]
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
#           capabilities = { add = ["NET_BIND_SERVICE"], drop = ["ALL"] }
#         }
#       }])
#     }
#     ```
#   frameworks: ["nist-800-53 AC-6", "cis-docker-1.6 5.3", "devops hardening"]
package shipgate.aws.ecs_capabilities

import data.shipgate.lib

dangerous := {"ALL", "SYS_ADMIN", "NET_ADMIN", "SYS_MODULE", "SYS_RAWIO", "DAC_READ_SEARCH", "BPF", "SYS_BOOT", "MAC_ADMIN"}

deny contains lib.result(msg, task, c.capabilities_add) if {
	some task in input.aws.ecs.task_definitions
	some c in task.containers
	added := {name | some cap in lib.items(c.capabilities_add); name := trim_prefix(upper(cap), "CAP_"); name in dangerous}
	count(added) > 0
	msg := sprintf("container %q of task definition %q adds the Linux capabilities %s (%s); remove them and add only what the application needs", [lib.display_name(c.name), task.resource, concat(", ", sort(added)), c.capabilities_add.key])
}
