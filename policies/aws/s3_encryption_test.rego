package shipgate.aws.s3_encryption_test

import data.shipgate.aws.s3_encryption as policy
import data.shipgate.lib.testing as t

sse_algorithm := "BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm"

bucket(enabled) := object.union(t.res("Logs", "AWS::S3::Bucket"), {
	"name": t.w("logs", "/Resources/Logs/Properties/BucketName"),
	"encryption": {"enabled": t.k(sse_algorithm, enabled)},
})

test_fails_without_encryption if {
	r := policy.deny with input as t.aws("s3", "buckets", [bucket(t.d(false, "/Resources/Logs"))])
	r == {{
		"msg": `bucket "Logs" has no default server-side encryption; set BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm to aws:kms or AES256`,
		"resource": "Logs",
		"src": "/Resources/Logs",
	}}
}

test_passes_with_encryption if {
	count(policy.deny) == 0 with input as t.aws("s3", "buckets", [bucket(t.w(true, "/Resources/Logs/Properties/BucketEncryption"))])
}

test_unknown_does_not_fire if {
	count(policy.deny) == 0 with input as t.aws("s3", "buckets", [bucket(t.u("/Resources/Logs/Properties/BucketEncryption"))])
}

test_no_buckets if {
	count(policy.deny) == 0 with input as t.aws("s3", "buckets", [])
}
