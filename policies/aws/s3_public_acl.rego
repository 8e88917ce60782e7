# METADATA
# title: S3 bucket ACL grants public access
# description: >-
#   The canned ACLs PublicRead, PublicReadWrite and AuthenticatedRead let anyone (or any
#   AWS account) list or write the bucket. Since April 2023 S3 rejects them for a new
#   bucket unless OwnershipControls enable ACLs, and Block Public Access blocks or
#   ignores them unless turned off; the finding says which applies. A template that asks
#   for one means someone wants the bucket public, and the usual fix for the failed
#   deployment (enabling ACLs, turning the block off) makes it so. Public content
#   belongs behind CloudFront with an origin access control; ACLs should stay disabled.
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
#   frameworks: ["aws-fsbp S3.2", "aws-fsbp S3.3", "nist-800-53 AC-3", "devops hardening"]
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
	msg := sprintf("bucket %q %s; remove it (the default is private) and grant access through a bucket policy", [b.resource, public_acl(b, acl)])
}

# public_acl says what the ACL does: grant public access when ACLs are
# enabled and Block Public Access neither blocks nor ignores public ACLs;
# otherwise S3 rejects or ignores it, or the template does not say.
public_acl(b, acl) := sprintf("grants public access with ACL %q (%s)", [acl, b.acl.key]) if {
	acls_enabled(b)
	lib.is_false(b.public_access_block.block_public_acls)
	lib.is_false(b.public_access_block.ignore_public_acls)
}

public_acl(b, acl) := sprintf("asks for the public ACL %q (%s), which S3 rejects while ACLs are disabled (%s is BucketOwnerEnforced%s)", [acl, b.acl.key, b.object_ownership.key, default_note(b.object_ownership)]) if {
	lib.has_value(b.object_ownership, "BucketOwnerEnforced")
}

public_acl(b, acl) := sprintf("asks for the public ACL %q (%s), which Block Public Access blocks (%s is true)", [acl, b.acl.key, b.public_access_block.block_public_acls.key]) if {
	acls_enabled(b)
	lib.is_true(b.public_access_block.block_public_acls)
}

public_acl(b, acl) := sprintf("asks for the public ACL %q (%s), which Block Public Access ignores (%s is true)", [acl, b.acl.key, b.public_access_block.ignore_public_acls.key]) if {
	acls_enabled(b)
	not lib.is_true(b.public_access_block.block_public_acls)
	lib.is_true(b.public_access_block.ignore_public_acls)
}

public_acl(b, acl) := sprintf("sets the public ACL %q (%s), which makes the bucket public unless ACLs are disabled or Block Public Access blocks it", [acl, b.acl.key]) if {
	not lib.known(b.object_ownership)
}

public_acl(b, acl) := sprintf("sets the public ACL %q (%s), which makes the bucket public unless ACLs are disabled or Block Public Access blocks it", [acl, b.acl.key]) if {
	acls_enabled(b)
	not lib.is_true(b.public_access_block.block_public_acls)
	not lib.is_true(b.public_access_block.ignore_public_acls)
	not both_off(b)
}

acls_enabled(b) if {
	o := lib.string_value(b.object_ownership)
	o != "BucketOwnerEnforced"
}

both_off(b) if {
	lib.is_false(b.public_access_block.block_public_acls)
	lib.is_false(b.public_access_block.ignore_public_acls)
}

default_note(a) := ", the default since April 2023" if lib.missing(a)

default_note(a) := "" if not lib.missing(a)
