package shipgate.aws.s3_versioning_test

import data.shipgate.aws.s3_versioning as policy
import data.shipgate.lib.testing as t

status := "/Resources/Logs/Properties/VersioningConfiguration/Status"

bucket(enabled) := object.union(t.res("Logs", "AWS::S3::Bucket"), {"versioning": {"enabled": t.k("VersioningConfiguration.Status", enabled)}})

test_fails_when_suspended if {
	r := policy.deny with input as t.aws("s3", "buckets", [bucket(t.w(false, status))])
	r == {{
		"msg": `bucket "Logs" has versioning disabled (VersioningConfiguration.Status); turn it on`,
		"resource": "Logs",
		"src": status,
	}}
}

test_fails_by_default if {
	r := policy.deny with input as t.aws("s3", "buckets", [bucket(t.d(false, "/Resources/Logs"))])
	[x.src | some x in r] == ["/Resources/Logs"]
}

test_passes_when_enabled if {
	count(policy.deny) == 0 with input as t.aws("s3", "buckets", [bucket(t.w(true, status))])
}

test_unknown_does_not_fire if {
	count(policy.deny) == 0 with input as t.aws("s3", "buckets", [bucket(t.u(status))])
}

test_message_names_the_terraform_key if {
	src := "/resources/aws_s3_bucket.docs/values/versioning/0/enabled"
	b := object.union(t.res("aws_s3_bucket.docs", "aws_s3_bucket"), {"versioning": {"enabled": t.k("versioning.enabled", t.w(false, src))}})
	r := policy.deny with input as t.aws("s3", "buckets", [b])
	[x.msg | some x in r] == [`bucket "aws_s3_bucket.docs" has versioning disabled (versioning.enabled); turn it on`]
}
