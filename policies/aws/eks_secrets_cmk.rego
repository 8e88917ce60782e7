# METADATA
# title: EKS cluster does not encrypt secrets with a customer managed key
# description: >-
#   EKS encrypts Kubernetes API data, secrets included, with an AWS owned key; an
#   encryption configuration adds envelope encryption of secrets with a KMS key you
#   control, so that key policy, CloudTrail records of its use and disabling the key
#   govern who can read them. The setting cannot be removed once added.
# custom:
#   id: AWS-EKS-003
#   severity: low
#   input: aws
#   remediation: |
#     Add an encryption configuration for secrets with a customer managed KMS key.
#
#     CloudFormation:
#     ```yaml
#     EncryptionConfig:
#       - Resources: [secrets]
#         Provider:
#           KeyArn: !GetAtt ClusterKey.Arn
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_eks_cluster" "main" {
#       # ...
#       encryption_config {
#         resources = ["secrets"]
#         provider {
#           key_arn = aws_kms_key.cluster.arn
#         }
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp EKS.3", "nist-800-53 SC-28", "nist-800-53 SC-12"]
#   aliases: ["AVD-AWS-0039", "CKV_AWS_58"]
package shipgate.aws.eks_secrets_cmk

import data.shipgate.lib

deny contains lib.result(msg, c, c.encryption_resources) if {
	some c in input.aws.eks.clusters
	lib.lacks_value(c.encryption_resources, "secrets")
	msg := sprintf("cluster %q does not envelope-encrypt secrets with a customer managed KMS key (%s has no \"secrets\"); add an encryption configuration for secrets", [c.resource, c.encryption_resources.key])
}
