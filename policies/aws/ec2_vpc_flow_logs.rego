# METADATA
# title: VPC has no flow log
# description: >-
#   Without a flow log nothing records which addresses talked to which over the VPC's
#   network interfaces, so a scan, an exfiltration or a misrouted connection leaves no
#   trace to investigate. The finding means no `AWS::EC2::FlowLog` or `aws_flow_log` of the
#   same template or configuration targets the VPC; one created elsewhere is not seen.
# custom:
#   id: AWS-EC2-008
#   severity: medium
#   input: aws
#   remediation: |
#     Create a flow log for the VPC, to CloudWatch Logs or S3.
#
#     CloudFormation:
#     ```yaml
#     VpcFlowLog:
#       Type: AWS::EC2::FlowLog
#       Properties:
#         ResourceId: !Ref Vpc
#         ResourceType: VPC
#         TrafficType: ALL
#         LogDestinationType: s3
#         LogDestination: !GetAtt FlowLogBucket.Arn
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_flow_log" "main" {
#       vpc_id               = aws_vpc.main.id
#       traffic_type         = "ALL"
#       log_destination_type = "s3"
#       log_destination      = aws_s3_bucket.flow_logs.arn
#     }
#     ```
#   frameworks: ["cis-aws-3.0 3.7", "aws-fsbp EC2.6", "nist-800-53 AU-12", "nist-800-53 SI-4", "devops observability"]
#   aliases: ["CKV2_AWS_11", "AVD-AWS-0178"]
package shipgate.aws.ec2_vpc_flow_logs

import data.shipgate.lib

deny contains lib.result(msg, v, v.flow_logs) if {
	some v in input.aws.ec2.vpcs
	lib.is_false(v.flow_logs)
	msg := sprintf("VPC %q has no flow log (%s); create one that records the VPC's traffic to CloudWatch Logs or S3", [v.resource, v.flow_logs.key])
}
