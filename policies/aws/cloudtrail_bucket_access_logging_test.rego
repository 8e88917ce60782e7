package shipgate.aws.cloudtrail_bucket_access_logging_test

import data.shipgate.aws.cloudtrail_bucket_access_logging as policy
import data.shipgate.lib.testing as t

trail(bucket) := object.union(t.res("Trail", "AWS::CloudTrail::Trail"), {"s3_bucket": t.k("S3BucketName", bucket)})

bucket(name, logging) := object.union(t.res("TrailBucket", "AWS::S3::Bucket"), {
	"name": t.k("BucketName", name),
	"logging": {"enabled": t.k("LoggingConfiguration", logging)},
})

view(trails, buckets) := {"kind": "cloudformation", "path": "t.yaml", "raw": {}, "aws": {
	"cloudtrail": {"trails": trails},
	"s3": {"buckets": buckets},
}}

no_name := t.d(null, "/Resources/TrailBucket")

off := t.d(false, "/Resources/TrailBucket")

test_fails_without_logging if {
	policy.deny == {{
		"msg": `bucket "TrailBucket" receives CloudTrail log files but has no server access logging, so reads and deletions of the logs leave no trace; configure LoggingConfiguration`,
		"resource": "TrailBucket",
		"src": "/Resources/TrailBucket",
	}} with input as view([trail(t.w("TrailBucket", "/s"))], [bucket(no_name, off)])
	count(policy.deny) == 1 with input as view([trail(t.w("trail-logs", "/s"))], [bucket(t.w("trail-logs", "/n"), off)])
}

test_passes if {
	count(policy.deny) == 0 with input as view([trail(t.w("TrailBucket", "/s"))], [bucket(no_name, t.w(true, "/l"))])

	# Not a trail's bucket.
	count(policy.deny) == 0 with input as view([trail(t.w("other-bucket", "/s"))], [bucket(t.w("trail-logs", "/n"), off)])
	count(policy.deny) == 0 with input as view([], [bucket(no_name, off)])
}

test_unknown_does_not_fire if {
	count(policy.deny) == 0 with input as view([trail(t.u("/s"))], [bucket(no_name, off)])
	count(policy.deny) == 0 with input as view([trail(t.w("TrailBucket", "/s"))], [bucket(no_name, t.u("/l"))])
}
