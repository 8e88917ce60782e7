# METADATA
# title: EKS cluster runs a Kubernetes version past the end of support
# description: >-
#   EKS supports a Kubernetes minor version for 14 months of standard support and 12
#   months of extended support; after that it gets no patches and EKS upgrades the
#   control plane on its own schedule, which the next deployment of the template would
#   try to undo. On 2026-12-01 every version up to 1.31 was past the end of extended
#   support (1.31 on 2026-11-26, 1.30 on 2026-07-23, 1.29 on 2026-03-23; EKS Kubernetes
#   version lifecycle, checked 2026-12). Versions 1.32 and 1.33 were in paid extended
#   support and are not reported. A version written as a YAML number that loses its
#   trailing zero (1.30 read as 1.3) is not judged.
# custom:
#   id: AWS-EKS-004
#   severity: medium
#   input: aws
#   remediation: |
#     Upgrade the cluster one minor version at a time to a version in standard support,
#     and quote the version so YAML keeps it a string.
#
#     CloudFormation:
#     ```yaml
#     Version: "1.34"
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_eks_cluster" "main" {
#       # ...
#       version = "1.34"
#     }
#     ```
#   frameworks: ["aws-fsbp EKS.2", "nist-800-53 SI-2", "devops hardening"]
#   aliases: ["CKV_AWS_339"]
package shipgate.aws.eks_version

import data.shipgate.lib

# support_ended holds the end of extended support of recent versions; older
# ones ended earlier.
support_ended := {
	"1.31": "2026-11-26",
	"1.30": "2026-07-23",
	"1.29": "2026-03-23",
	"1.28": "2025-11-26",
}

deny contains lib.result(msg, c, c.version) if {
	some c in input.aws.eks.clusters
	version := trim_space(lib.string_value(c.version))
	regex.match(`^1\.(1[0-9]|2[0-9]|3[01])$`, version)
	msg := sprintf("cluster %q runs Kubernetes %s (%s), whose EKS support ended %s; upgrade it to a version in standard support", [c.resource, version, c.version.key, ended_text(version)])
}

ended_text(v) := sprintf("on %s", [support_ended[v]])

ended_text(v) := "in 2025 or earlier" if not support_ended[v]
