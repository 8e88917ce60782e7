# METADATA
# title: CodeBuild project stores build artifacts unencrypted
# description: >-
#   EncryptionDisabled on an S3 artifact (the primary Artifacts or one of the
#   SecondaryArtifacts) makes CodeBuild upload the build output to the bucket
#   without encrypting it. The setting is only valid for S3 artifacts, so the rule
#   reports it there; an artifact whose type cannot be read is not reported.
# custom:
#   id: AWS-CODEBUILD-004
#   severity: medium
#   input: aws
#   remediation: |
#     Leave artifact encryption on (the default): remove EncryptionDisabled or set it
#     to false.
#
#     CloudFormation:
#     ```yaml
#     Artifacts:
#       Type: S3
#       Location: !Ref ArtifactBucket
#       EncryptionDisabled: false
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_codebuild_project" "build" {
#       # ...
#       artifacts {
#         type                = "S3"
#         location            = aws_s3_bucket.artifacts.bucket
#         encryption_disabled = false
#       }
#     }
#     ```
#   frameworks: ["nist-800-53 SC-28", "devops supply-chain"]
#   aliases: ["AVD-AWS-0018", "CKV_AWS_78"]
package shipgate.aws.codebuild_artifact_encryption

import data.shipgate.lib

deny contains lib.result(msg, p, p.artifacts.encryption_disabled) if {
	some p in input.aws.codebuild.projects
	lib.has_value(p.artifacts.type, "S3")
	lib.is_true(p.artifacts.encryption_disabled)
	msg := sprintf("project %q uploads its build artifacts to S3 unencrypted (%s is true); turn artifact encryption back on", [p.resource, p.artifacts.encryption_disabled.key])
}

deny contains lib.result(msg, p, a.encryption_disabled) if {
	some p in input.aws.codebuild.projects
	some a in p.secondary_artifacts
	lib.has_value(a.type, "S3")
	lib.is_true(a.encryption_disabled)
	msg := sprintf("project %q uploads a secondary artifact to S3 unencrypted (%s is true); turn artifact encryption back on", [p.resource, a.encryption_disabled.key])
}
