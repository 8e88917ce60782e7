# METADATA
# title: ECS service assigns public IP addresses to its tasks
# description: >-
#   Tasks of a service with AssignPublicIp ENABLED get a public address in their subnet,
#   so only their security group stands between them and the internet, and they reach
#   the internet without the NAT gateway and egress controls of private subnets. Put
#   tasks in private subnets behind a load balancer instead.
# custom:
#   id: AWS-ECS-012
#   severity: medium
#   input: aws
#   remediation: |
#     Turn off public IP assignment and run the tasks in private subnets (with a NAT
#     gateway or VPC endpoints to pull images).
#
#     CloudFormation:
#     ```yaml
#     NetworkConfiguration:
#       AwsvpcConfiguration:
#         AssignPublicIp: DISABLED
#         Subnets: !Ref PrivateSubnets
#         SecurityGroups: [!Ref ServiceSecurityGroup]
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_ecs_service" "api" {
#       # ...
#       network_configuration {
#         subnets          = var.private_subnet_ids
#         security_groups  = [aws_security_group.service.id]
#         assign_public_ip = false
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp ECS.2", "nist-800-53 SC-7", "devops hardening"]
#   aliases: ["CKV_AWS_333"]
package shipgate.aws.ecs_public_ip

import data.shipgate.lib

deny contains lib.result(msg, s, s.assign_public_ip) if {
	some s in input.aws.ecs.services
	lib.is_true(s.assign_public_ip)
	msg := sprintf("service %q gives its tasks public IP addresses (%s is enabled%s); turn it off and run the tasks in private subnets", [s.resource, s.assign_public_ip.key, lib.value_origin(s.assign_public_ip)])
}
