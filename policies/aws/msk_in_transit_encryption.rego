# METADATA
# title: MSK cluster allows unencrypted traffic
# description: >-
#   With ClientBroker set to PLAINTEXT or TLS_PLAINTEXT, producers and consumers can send
#   and read records in plain text; with InCluster off, brokers replicate data to each
#   other unencrypted. Either way anyone who can observe the VPC traffic reads the
#   messages. MSK uses TLS for both unless told otherwise.
# custom:
#   id: AWS-MSK-001
#   severity: high
#   input: aws
#   remediation: |
#     Use TLS between clients and brokers and within the cluster.
#
#     CloudFormation:
#     ```yaml
#     EncryptionInfo:
#       EncryptionInTransit:
#         ClientBroker: TLS
#         InCluster: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_msk_cluster" "events" {
#       # ...
#       encryption_info {
#         encryption_in_transit {
#           client_broker = "TLS"
#           in_cluster    = true
#         }
#       }
#     }
#     ```
#   frameworks: ["aws-fsbp MSK.1", "nist-800-53 SC-8", "devops hardening"]
#   aliases: ["AVD-AWS-0073", "CKV_AWS_81"]
package shipgate.aws.msk_in_transit_encryption

import data.shipgate.lib

deny contains lib.result(msg, cluster, cluster.client_broker) if {
	some cluster in input.aws.msk.clusters
	lib.string_value(cluster.client_broker) in {"PLAINTEXT", "TLS_PLAINTEXT"}
	msg := sprintf("MSK cluster %q accepts unencrypted client connections; set %s to TLS", [cluster.resource, cluster.client_broker.key])
}

deny contains lib.result(msg, cluster, cluster.in_cluster) if {
	some cluster in input.aws.msk.clusters
	lib.is_false(cluster.in_cluster)
	msg := sprintf("MSK cluster %q replicates between brokers unencrypted; set %s to true", [cluster.resource, cluster.in_cluster.key])
}
