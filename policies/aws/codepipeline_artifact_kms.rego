# METADATA
# title: CodePipeline artifact store has no customer managed KMS key
# description: >-
#   Without an EncryptionKey, pipeline artifacts (source code, build output, templates)
#   are encrypted with the AWS managed aws/s3 key, whose policy you cannot restrict and
#   which cross-account deployment stages cannot use.
# custom:
#   id: AWS-CODEPIPELINE-001
#   severity: low
#   input: aws
#   remediation: |
#     Encrypt the artifact store with a customer managed KMS key.
#
#     CloudFormation:
#     ```yaml
#     ArtifactStore:
#       Type: S3
#       Location: !Ref ArtifactBucket
#       EncryptionKey:
#         Id: !GetAtt ArtifactKey.Arn
#         Type: KMS
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_codepipeline" "app" {
#       # ...
#       artifact_store {
#         type     = "S3"
#         location = aws_s3_bucket.artifacts.bucket
#         encryption_key {
#           id   = aws_kms_key.artifacts.arn
#           type = "KMS"
#         }
#       }
#     }
#     ```
#   frameworks: ["nist-800-53 SC-12", "devops hardening", "devops supply-chain"]
#   aliases: ["CKV_AWS_219"]
package shipgate.aws.codepipeline_artifact_kms

import data.shipgate.lib

deny contains lib.result(msg, p, store.encryption_key) if {
	some p in input.aws.codepipeline.pipelines
	some store in p.artifact_stores
	lib.is_null(store.encryption_key)
	msg := sprintf("pipeline %q stores artifacts without a customer managed KMS key; set %s to a KMS key you manage", [p.resource, store.encryption_key.key])
}
