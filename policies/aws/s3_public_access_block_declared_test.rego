package shipgate.aws.s3_public_access_block_declared_test

import data.shipgate.aws.s3_public_access_block_declared as policy
import data.shipgate.lib.testing as t

bucket(present) := object.union(t.res("Logs", "AWS::S3::Bucket"), {"public_access_block": {"present": t.k("PublicAccessBlockConfiguration", present)}})

test_advises_declaring_the_block if {
	r := policy.warn with input as t.aws("s3", "buckets", [bucket(t.d(false, "/Resources/Logs"))])
	r == {{
		"msg": `bucket "Logs" does not declare its public access block (PublicAccessBlockConfiguration); S3 turns all four settings on for new buckets, declare them true so the template keeps them on`,
		"resource": "Logs",
		"src": "/Resources/Logs",
	}}
}

test_passes_with_declared_block if {
	count(policy.warn) == 0 with input as t.aws("s3", "buckets", [bucket(t.w(true, "/Resources/Logs/Properties/PublicAccessBlockConfiguration"))])
}

test_unknown_does_not_fire if {
	count(policy.warn) == 0 with input as t.aws("s3", "buckets", [bucket(t.u("/Resources/Logs/Properties/PublicAccessBlockConfiguration"))])
}
