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
#     Remove Privileged (default false); add only the Linux capabilities the container needs:
#     ```yaml
#     LinuxParameters:
#       Capabilities:
#         Add: [NET_BIND_SERVICE]
#     ```
#   frameworks: ["AWS-FSBP ECS.4", "DevOps: workload isolation"]
package shipgate.aws.ecs_privileged

import data.shipgate.lib

deny contains lib.result(msg, task, c.privileged) if {
	some task in input.aws.ecs.task_definitions
	some c in task.containers
	lib.is_true(c.privileged)
	msg := sprintf("container %q of task definition %q runs privileged; remove Privileged and add only the capabilities it needs", [lib.display_name(c.name), task.resource])
}
