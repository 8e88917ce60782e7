# METADATA
# title: CloudTrail bucket is publicly accessible
# description: >-
#   The bucket that receives a trail's log files holds the account's API history: who
#   did what, from where, to which resource. A public ACL or a bucket policy that allows
#   anyone hands that map to strangers. Only buckets of the template that a trail of the
#   template delivers to are checked, and only when the public grant takes effect: ACLs
#   enabled and Block Public Access turned off for it.
# custom:
#   id: AWS-CLOUDTRAIL-007
#   severity: high
#   input: aws
#   remediation: |
#     Remove the public grant and keep Block Public Access on; let only the CloudTrail service principal write to the bucket.
#
#     CloudFormation:
#     ```yaml
#     TrailBucket:
#       Type: AWS::S3::Bucket
#       Properties:
#         PublicAccessBlockConfiguration:
#           BlockPublicAcls: true
#           BlockPublicPolicy: true
#           IgnorePublicAcls: true
#           RestrictPublicBuckets: true
#     ```
#
#     Terraform:
#     ```hcl
#     resource "aws_s3_bucket_public_access_block" "trail" {
#       bucket                  = aws_s3_bucket.trail.id
#       block_public_acls       = true
#       block_public_policy     = true
#       ignore_public_acls      = true
#       restrict_public_buckets = true
#     }
#     ```
#   frameworks: ["aws-fsbp CloudTrail.6", "nist-800-53 AC-3", "nist-800-53 AU-9"]
#   aliases: ["AVD-AWS-0161"]
package shipgate.aws.cloudtrail_bucket_public

import data.shipgate.lib

# trail_buckets are the buckets trails deliver to: an address, or a name.
trail_buckets contains b if {
	some t in input.aws.cloudtrail.trails
	b := lib.string_value(t.s3_bucket)
}

trail_bucket(b) if b.resource in trail_buckets

trail_bucket(b) if lib.string_value(b.name) in trail_buckets

# public_acls are the canned ACLs that grant access outside the account, in
# CloudFormation (PublicRead) and Terraform (public-read) spelling, lowercased
# with dashes removed.
public_acls := {"publicread", "publicreadwrite", "authenticatedread"}

deny contains lib.result(msg, b, b.acl) if {
	some b in input.aws.s3.buckets
	trail_bucket(b)
	acl := lib.string_value(b.acl)
	replace(lower(acl), "-", "") in public_acls
	lib.known(b.object_ownership)
	not lib.has_value(b.object_ownership, "BucketOwnerEnforced")
	lib.is_false(b.public_access_block.block_public_acls)
	lib.is_false(b.public_access_block.ignore_public_acls)
	msg := sprintf("bucket %q receives CloudTrail log files and grants public access with ACL %q (%s); remove it and keep Block Public Access on", [b.resource, acl, b.acl.key])
}

deny contains lib.result(msg, b, s) if {
	some b in input.aws.s3.buckets
	trail_bucket(b)
	lib.is_false(b.public_access_block.block_public_policy)
	lib.is_false(b.public_access_block.restrict_public_buckets)
	some doc in lib.items(b.policies)
	some s in doc.statements
	lib.has_value(s.effect, "Allow")
	lib.is_false(s.has_condition)
	everyone(s.principals)
	msg := sprintf("bucket %q receives CloudTrail log files and has a policy statement that allows any principal (%s) without a condition; name the principals and keep Block Public Access on", [b.resource, s.principals.key])
}

# everyone is true for a principal of "*", {"AWS": "*"} or an AWS list
# holding "*".
everyone(p) if lib.has_value(p, "*")

everyone(p) if {
	lib.known(p)
	"*" in as_list(p.value.AWS)
}

as_list(x) := x if is_array(x)

as_list(x) := [x] if is_string(x)
