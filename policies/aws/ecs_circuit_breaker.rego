# METADATA
# title: ECS service does not roll back failed deployments
# description: >-
#   Without the deployment circuit breaker (with rollback) or CloudWatch alarms with
#   rollback, a rolling deployment whose tasks never become healthy keeps replacing tasks
#   until someone notices, and the service stays on the broken revision. The rule reads
#   services that use the ECS deployment controller; CodeDeploy and external controllers
#   roll back by their own configuration.
# custom:
#   id: AWS-ECS-010
#   severity: medium
#   input: aws
#   remediation: |
#     Turn on the circuit breaker with rollback (and add alarms on the service's health
#     to also stop deployments that start but misbehave).
#
#     CloudFormation:
#     ```yaml
#     DeploymentConfiguration:
#       DeploymentCircuitBreaker:
#         Enable: true
#         Rollback: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_ecs_service" "api" {
#       # ...
#       deployment_circuit_breaker {
#         enable   = true
#         rollback = true
#       }
#     }
#     ```
#   frameworks: ["devops deployment-safety", "devops resilience"]
package shipgate.aws.ecs_circuit_breaker

import data.shipgate.lib

deny contains lib.result(msg, s, attr) if {
	some s in input.aws.ecs.services
	lib.has_value(s.deployment_controller, "ECS")
	lib.known(s.circuit_breaker.enable)
	lib.known(s.circuit_breaker.rollback)
	lib.known(s.alarms.enable)
	lib.known(s.alarms.rollback)
	not rolls_back(s)
	attr := unset(s)
	msg := sprintf("service %q does not roll back a failed deployment (%s is false); turn on the deployment circuit breaker with rollback", [s.resource, attr.key])
}

rolls_back(s) if {
	lib.is_true(s.circuit_breaker.enable)
	lib.is_true(s.circuit_breaker.rollback)
}

rolls_back(s) if {
	lib.is_true(s.alarms.enable)
	lib.is_true(s.alarms.rollback)
}

# unset is the circuit breaker setting that is off: enable, else rollback.
unset(s) := s.circuit_breaker.enable if lib.is_false(s.circuit_breaker.enable)

unset(s) := s.circuit_breaker.rollback if lib.is_true(s.circuit_breaker.enable)
