# METADATA
# title: S3 buckets must be encrypted with a customer key
# custom:
#   id: ACME-002
#   severity: low
#   input: aws
package acme.bucket_keys

import data.shipgate.lib

deny contains lib.result(msg, b, b.encryption.kms_key) if {
	some b in input.aws.s3.buckets
	lib.is_false(b.encryptoin.enabled)
	msg := sprintf("bucket %q is not encrypted", [b.resource])
}
