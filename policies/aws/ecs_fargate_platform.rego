# METADATA
# title: ECS Fargate service pins an old platform version
# description: >-
#   Fargate platform versions before 1.4.0 lack security and runtime updates of the
#   current one (1.4.0 for Linux, the version LATEST resolves to, checked 2026-12), among
#   them ephemeral storage encryption and the updated container runtime. The rule fires
#   on a Fargate service (launch type FARGATE or a FARGATE/FARGATE_SPOT capacity
#   provider) pinned to 1.1.0, 1.2.0 or 1.3.0; 1.0.0 is left alone because it is also the
#   current Windows version.
# custom:
#   id: AWS-ECS-011
#   severity: medium
#   input: aws
#   remediation: |
#     Use LATEST (the default), or pin 1.4.0.
#
#     CloudFormation:
#     ```yaml
#     PlatformVersion: LATEST
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_ecs_service" "api" {
#       # ...
#       launch_type      = "FARGATE"
#       platform_version = "LATEST"
#     }
#     ```
#   frameworks: ["aws-fsbp ECS.10", "nist-800-53 SI-2", "devops hardening"]
#   aliases: ["CKV_AWS_332"]
package shipgate.aws.ecs_fargate_platform

import data.shipgate.lib

old_linux_versions := {"1.1.0", "1.2.0", "1.3.0"}

deny contains lib.result(msg, s, s.platform_version) if {
	some s in input.aws.ecs.services
	fargate(s)
	version := lib.string_value(s.platform_version)
	version in old_linux_versions
	msg := sprintf("Fargate service %q runs on platform version %q (%s); use LATEST or 1.4.0", [s.resource, version, s.platform_version.key])
}

fargate(s) if lib.has_value(s.launch_type, "FARGATE")

fargate(s) if {
	some p in s.capacity_provider_strategy
	lib.string_value(p.provider) in {"FARGATE", "FARGATE_SPOT"}
}
