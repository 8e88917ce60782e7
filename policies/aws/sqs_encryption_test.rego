package shipgate.aws.sqs_encryption_test

import data.shipgate.aws.sqs_encryption as policy
import data.shipgate.lib.testing as t

src := "/Resources/Jobs/Properties/SqsManagedSseEnabled"

deny_for(sse, key) := r if {
	q := object.union(t.res("Jobs", "AWS::SQS::Queue"), {
		"managed_sse": t.k("SqsManagedSseEnabled", sse),
		"kms_key": t.k("KmsMasterKeyId", key),
	})
	r := policy.deny with input as t.aws("sqs", "queues", [q])
}

test_fails_when_turned_off if {
	deny_for(t.w(false, src), t.d(null, "/Resources/Jobs")) == {{
		"msg": `SQS queue "Jobs" stores its messages unencrypted: SqsManagedSseEnabled is false and no KMS key is set; set it to true or give the queue a KMS key`,
		"resource": "Jobs",
		"src": src,
	}}
}

test_passes if {
	# SSE-SQS by default.
	count(deny_for(t.d(true, "/Resources/Jobs"), t.d(null, "/Resources/Jobs"))) == 0
	count(deny_for(t.w(true, src), t.d(null, "/Resources/Jobs"))) == 0
	count(deny_for(t.w(false, src), t.w("alias/aws/sqs", "/k"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(src), t.d(null, "/Resources/Jobs"))) == 0
	count(deny_for(t.w(false, src), t.u("/k"))) == 0
}
