# METADATA
# title: S3 bucket ACL grants public access
# description: >-
#   The canned ACLs PublicRead, PublicReadWrite and AuthenticatedRead let anyone (or any
#   AWS account) list or write the bucket. Public content belongs behind CloudFront with
#   an origin access control; ACLs should stay disabled.
# custom:
#   id: AWS-S3-005
#   severity: high
#   input: aws
#   remediation: |
#     Remove the public ACL (the default is private) and disable ACLs; grant any access that
#     is really needed through a bucket policy.
#
#     CloudFormation:
#     ```yaml
#     # and no AccessControl
#     OwnershipControls:
#       Rules:
#         - ObjectOwnership: BucketOwnerEnforced
#     ```
#
#     Terraform:
#     ```hcl
#     # and no aws_s3_bucket_acl, no acl argument
#     resource "aws_s3_bucket_ownership_controls" "site" {
#       bucket = aws_s3_bucket.site.id
#       rule {
#         object_ownership = "BucketOwnerEnforced"
#       }
#     }
#     ```
#   frameworks: ["AWS-FSBP S3.2", "AWS-FSBP S3.3", "DevOps: data protection"]
#   aliases: ["CKV_AWS_20", "CKV_AWS_57", "AVD-AWS-0092", "W31", "F14", "S3_BUCKET_NO_PUBLIC_RW_ACL", "S3_BUCKET_PUBLIC_READ_PROHIBITED", "S3_BUCKET_PUBLIC_WRITE_PROHIBITED"]
package shipgate.aws.s3_public_acl

import data.shipgate.lib

# public_acls are the canned ACLs that grant access outside the account, in
# CloudFormation (PublicRead) and Terraform (public-read) spelling, lowercased
# with dashes removed.
public_acls := {"publicread", "publicreadwrite", "authenticatedread"}

deny contains lib.result(msg, b, b.acl) if {
	some b in input.aws.s3.buckets
	acl := lib.string_value(b.acl)
	replace(lower(acl), "-", "") in public_acls
	msg := sprintf("bucket %q grants public access with ACL %q (%s); remove it (the default is private) and grant access through a bucket policy", [b.resource, acl, b.acl.key])
}
