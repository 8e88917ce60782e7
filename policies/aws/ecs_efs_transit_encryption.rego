# METADATA
# title: ECS task mounts EFS without encryption in transit
# description: >-
#   An EFS volume of a task definition is mounted without TLS unless its
#   transitEncryption is ENABLED, so file data crosses the network in clear text between
#   the container host and the file system.
# custom:
#   id: AWS-ECS-008
#   severity: medium
#   input: aws
#   remediation: |
#     Turn on transit encryption for the volume (and IAM authorization, which needs it).
#
#     CloudFormation:
#     ```yaml
#     Volumes:
#       - Name: data
#         EFSVolumeConfiguration:
#           FilesystemId: !Ref FileSystem
#           TransitEncryption: ENABLED
#           AuthorizationConfig:
#             IAM: ENABLED
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_ecs_task_definition" "app" {
#       # ...
#       volume {
#         name = "data"
#         efs_volume_configuration {
#           file_system_id     = aws_efs_file_system.data.id
#           transit_encryption = "ENABLED"
#           authorization_config {
#             iam = "ENABLED"
#           }
#         }
#       }
#     }
#     ```
#   frameworks: ["nist-800-53 SC-8", "devops hardening"]
#   aliases: ["AVD-AWS-0035", "CKV_AWS_97"]
package shipgate.aws.ecs_efs_transit_encryption

import data.shipgate.lib

deny contains lib.result(msg, task, v.efs_transit_encryption) if {
	some task in input.aws.ecs.task_definitions
	some v in task.volumes
	lib.is_true(v.efs)
	upper(lib.string_value(v.efs_transit_encryption)) == "DISABLED"
	msg := sprintf("EFS volume %q of task definition %q is mounted without encryption in transit (%s is DISABLED); set it to ENABLED", [lib.display_name(v.name), task.resource, v.efs_transit_encryption.key])
}
