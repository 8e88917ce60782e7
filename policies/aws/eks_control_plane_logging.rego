# METADATA
# title: EKS cluster does not log its control plane
# description: >-
#   Without the api, audit and authenticator control plane logs there is no record of
#   who called the Kubernetes API, what they changed, or which IAM identity they
#   authenticated as, so an incident on the cluster cannot be investigated. EKS sends no
#   control plane logs to CloudWatch Logs unless they are enabled. controllerManager and
#   scheduler logs help with operations and are not required here.
# custom:
#   id: AWS-EKS-001
#   severity: medium
#   input: aws
#   remediation: |
#     Enable at least the api, audit and authenticator logs.
#
#     CloudFormation:
#     ```yaml
#     Logging:
#       ClusterLogging:
#         EnabledTypes:
#           - Type: api
#           - Type: audit
#           - Type: authenticator
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_eks_cluster" "main" {
#       # ...
#       enabled_cluster_log_types = ["api", "audit", "authenticator"]
#     }
#     ```
#   frameworks: ["aws-fsbp EKS.8", "nist-800-53 AU-2", "nist-800-53 AU-12", "devops observability"]
#   aliases: ["AVD-AWS-0038", "CKV_AWS_37"]
package shipgate.aws.eks_control_plane_logging

import data.shipgate.lib

required := ["api", "audit", "authenticator"]

deny contains lib.result(msg, c, c.log_types) if {
	some c in input.aws.eks.clusters
	lib.known(c.log_types)
	not lib.has_unknown_item(c.log_types)
	missing := [t | some t in required; lib.lacks_value(c.log_types, t)]
	count(missing) > 0
	msg := sprintf("cluster %q does not log %s of its control plane (%s); enable them", [c.resource, concat(", ", missing), c.log_types.key])
}
