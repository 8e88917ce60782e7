# METADATA
# title: S3 bucket names must start with the team prefix
# custom:
#   id: ACME-001
#   severity: low
#   input: aws
package acme.bucket_names

import data.shipgate.lib

deny contains lib.result(msg, b, b.name) if {
	some b in input.aws.s3.buckets
	lib.known(b.name)
	not startswith(b.name.value, "acme-")
	msg := sprintf("bucket %q is named %q; start bucket names with \"acme-\"", [b.resource, b.name.value])
}

warn contains {"msg": "raw policy: template has no Description", "path": ["Description"]} if {
	not input.raw.Description
}
