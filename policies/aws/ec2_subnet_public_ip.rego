# METADATA
# title: Subnet gives instances a public IP address on launch
# description: >-
#   A subnet with `MapPublicIpOnLaunch` gives every instance launched into it a public IPv4
#   address, so a single permissive security group is all it takes to expose it. Give
#   public addresses to load balancers and NAT gateways, and keep instances in subnets
#   without them.
# custom:
#   id: AWS-EC2-012
#   severity: low
#   input: aws
#   remediation: |
#     Turn public IP assignment off; put the instances behind a load balancer or a NAT gateway.
#
#     CloudFormation:
#     ```yaml
#     AppSubnet:
#       Type: AWS::EC2::Subnet
#       Properties:
#         VpcId: !Ref Vpc
#         CidrBlock: 10.0.1.0/24
#         MapPublicIpOnLaunch: false
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_subnet" "app" {
#       vpc_id                  = aws_vpc.main.id
#       cidr_block              = "10.0.1.0/24"
#       map_public_ip_on_launch = false
#     }
#     ```
#   frameworks: ["aws-fsbp EC2.15", "nist-800-53 SC-7", "devops hardening"]
#   aliases: ["CKV_AWS_130", "AVD-AWS-0164"]
package shipgate.aws.ec2_subnet_public_ip

import data.shipgate.lib

deny contains lib.result(msg, s, s.map_public_ip) if {
	some s in input.aws.ec2.subnets
	lib.is_true(s.map_public_ip)
	msg := sprintf("subnet %q gives every instance launched in it a public IP address (%s%s); set it to false and reach the instances through a load balancer or NAT gateway", [s.resource, s.map_public_ip.key, lib.value_origin(s.map_public_ip)])
}
