package shipgate.aws.s3_access_logging_test

import data.shipgate.aws.s3_access_logging as policy
import data.shipgate.lib.testing as t

logging_src := "/Resources/Assets/Properties/LoggingConfiguration"

bucket(id, enabled, target) := object.union(t.res(id, "AWS::S3::Bucket"), {
	"name": t.k("BucketName", t.d(null, "/Resources/Assets")),
	"acl": t.k("AccessControl", t.d("Private", "/Resources/Assets")),
	"policies": t.k("AWS::S3::BucketPolicy", t.d([], "/Resources/Assets")),
	"logging": {
		"enabled": t.k("LoggingConfiguration", enabled),
		"target_bucket": t.k("LoggingConfiguration.DestinationBucketName", target),
	},
})

no_target := t.d(null, "/Resources/Assets")

test_fails_without_logging if {
	r := policy.deny with input as t.aws("s3", "buckets", [bucket("Assets", t.d(false, "/Resources/Assets"), no_target)])
	r == {{
		"msg": `bucket "Assets" has no server access logging (LoggingConfiguration); send its access logs to a log bucket`,
		"resource": "Assets",
		"src": "/Resources/Assets",
	}}
}

test_passes_with_logging_and_skips_the_log_bucket if {
	buckets := [
		bucket("Assets", t.w(true, logging_src), t.w("Logs", concat("/", [logging_src, "DestinationBucketName"]))),
		bucket("Logs", t.d(false, "/Resources/Logs"), no_target),
	]
	count(policy.deny) == 0 with input as t.aws("s3", "buckets", buckets)
}

test_skips_log_delivery_acl if {
	b := object.union(bucket("Logs", t.d(false, "/Resources/Logs"), no_target), {"acl": t.k("AccessControl", t.w("LogDeliveryWrite", "/Resources/Logs/Properties/AccessControl"))})
	count(policy.deny) == 0 with input as t.aws("s3", "buckets", [b])
}

test_skips_bucket_whose_policy_admits_s3_logging if {
	s := {"src": "/s", "effect": t.w("Allow", "/s"), "principals": t.w({"Service": "logging.s3.amazonaws.com"}, "/s")}
	b := object.union(bucket("Logs", t.d(false, "/Resources/Logs"), no_target), {"policies": t.w([{"src": "/d", "statements": [s]}], "/d")})
	count(policy.deny) == 0 with input as t.aws("s3", "buckets", [b])
}

test_unknown_does_not_fire if {
	count(policy.deny) == 0 with input as t.aws("s3", "buckets", [bucket("Assets", t.u(logging_src), no_target)])

	# another bucket logs to a target that cannot be resolved: it might be
	# this one, whose name cannot be known either
	unnamed := object.union(bucket("Assets", t.d(false, "/Resources/Assets"), no_target), {"name": t.k("BucketName", t.u("/n"))})
	buckets := [
		unnamed,
		bucket("Web", t.w(true, "/w"), t.u("/w/DestinationBucketName")),
	]
	count(policy.deny) == 0 with input as t.aws("s3", "buckets", buckets)
}

test_unresolved_target_does_not_hide_a_named_bucket if {
	named := object.union(bucket("Assets", t.d(false, "/Resources/Assets"), no_target), {"name": t.k("BucketName", t.w("acme-assets", "/n"))})
	buckets := [named, bucket("Web", t.w(true, "/w"), t.u("/w/DestinationBucketName"))]
	count(policy.deny) == 1 with input as t.aws("s3", "buckets", buckets)
}

test_skips_buckets_named_for_logs if {
	count(policy.deny) == 0 with input as t.aws("s3", "buckets", [bucket("CloudFrontLogsBucket", t.d(false, "/Resources/CloudFrontLogsBucket"), no_target)])
	named := object.union(bucket("Store", t.d(false, "/Resources/Store"), no_target), {"name": t.k("BucketName", t.w("acme-alb-logs", "/n"))})
	count(policy.deny) == 0 with input as t.aws("s3", "buckets", [named])
	catalog := object.union(bucket("Catalog", t.d(false, "/Resources/Catalog"), no_target), {"name": t.k("BucketName", t.w("acme-catalogue", "/n"))})
	count(policy.deny) == 1 with input as t.aws("s3", "buckets", [catalog])
}
