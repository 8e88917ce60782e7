package shipgate.aws.s3_encryption_test

import data.shipgate.aws.s3_encryption as policy
import data.shipgate.lib.testing as t

sse := "/Resources/Logs/Properties/BucketEncryption/ServerSideEncryptionConfiguration/0/ServerSideEncryptionByDefault"

algorithm_key := "BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm"

kms_key_key := "BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.KMSMasterKeyID"

bucket(algorithm, kms_key) := object.union(t.res("Logs", "AWS::S3::Bucket"), {
	"name": t.w("logs", "/Resources/Logs/Properties/BucketName"),
	"encryption": {
		"enabled": t.k(algorithm_key, t.d(true, "/Resources/Logs")),
		"algorithm": t.k(algorithm_key, algorithm),
		"kms_key": t.k(kms_key_key, kms_key),
	},
})

deny_for(algorithm, kms_key) := r if {
	r := policy.deny with input as t.aws("s3", "buckets", [bucket(algorithm, kms_key)])
}

# A bucket that declares no encryption is encrypted with SSE-S3 since
# 2023-01-05: the finding says so and asks for a customer managed key.
test_default_sse_s3 if {
	deny_for(t.d("AES256", "/Resources/Logs"), t.d(null, "/Resources/Logs")) == {{
		"msg": `bucket "Logs" is encrypted with S3-managed keys (SSE-S3, the default since January 2023), which no key policy of yours controls; set BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm to aws:kms with a customer managed KMS key`,
		"resource": "Logs",
		"src": "/Resources/Logs",
	}}
}

test_written_sse_s3 if {
	r := deny_for(t.w("AES256", concat("/", [sse, "SSEAlgorithm"])), t.d(null, sse))
	r == {{
		"msg": `bucket "Logs" is encrypted with S3-managed keys (SSE-S3), which no key policy of yours controls; set BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm to aws:kms with a customer managed KMS key`,
		"resource": "Logs",
		"src": concat("/", [sse, "SSEAlgorithm"]),
	}}
}

test_aws_managed_kms_key if {
	r := deny_for(t.w("aws:kms", concat("/", [sse, "SSEAlgorithm"])), t.d(null, sse))
	r == {{
		"msg": `bucket "Logs" is encrypted with the AWS managed key aws/s3, whose key policy you cannot change; set BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.KMSMasterKeyID to a customer managed KMS key`,
		"resource": "Logs",
		"src": sse,
	}}
	count(deny_for(t.w("aws:kms", sse), t.w("alias/aws/s3", sse))) == 1
	count(deny_for(t.w("aws:kms:dsse", sse), t.w("arn:aws:kms:eu-west-1:123456789012:alias/aws/s3", sse))) == 1
}

test_customer_managed_key_passes if {
	count(deny_for(t.w("aws:kms", sse), t.w("BucketKey", sse))) == 0
	count(deny_for(t.w("aws:kms", sse), t.w("alias/app-data", sse))) == 0
	count(deny_for(t.w("aws:kms:dsse", sse), t.w("arn:aws:kms:eu-west-1:123456789012:key/1234", sse))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(sse), t.u(sse))) == 0
	count(deny_for(t.w("aws:kms", sse), t.u(sse))) == 0
}

test_no_buckets if {
	count(policy.deny) == 0 with input as t.aws("s3", "buckets", [])
}
