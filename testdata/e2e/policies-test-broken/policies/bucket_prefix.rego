# METADATA
# title: S3 bucket names start with the team prefix
# custom:
#   id: ACME-S3-001
#   severity: low
#   input: aws
#   remediation: |
#     Name the bucket "acme-…" (CloudFormation BucketName, Terraform bucket), or
#     leave the name out and let AWS generate one.
package acme.bucket_prefix

import data.shipgate.lib

deny contains lib.result(msg, b, b.name) if {
	some b in input.aws.s3.buckets
	name := lib.string_value(b.name)
	not startswith(name, "acme-")
	msg := sprintf("bucket %q is named %q; start %s with \"acme-\"", [b.resource, name, b.name.key])
}
