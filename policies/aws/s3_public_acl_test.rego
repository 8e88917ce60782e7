package shipgate.aws.s3_public_acl_test

import data.shipgate.aws.s3_public_acl as policy
import data.shipgate.lib.testing as t

acl := "/Resources/Site/Properties/AccessControl"

bucket(a) := object.union(t.res("Site", "AWS::S3::Bucket"), {"acl": t.k("AccessControl", a)})

test_fails_public_read if {
	r := policy.deny with input as t.aws("s3", "buckets", [bucket(t.w("PublicRead", acl))])
	r == {{
		"msg": `bucket "Site" grants public access with ACL "PublicRead" (AccessControl); remove it (the default is private) and grant access through a bucket policy`,
		"resource": "Site",
		"src": acl,
	}}
}

test_fails_terraform_spelling if {
	count(policy.deny) == 1 with input as t.aws("s3", "buckets", [bucket(t.w("public-read-write", "/resource/aws_s3_bucket/site/acl"))])
}

test_passes_private if {
	count(policy.deny) == 0 with input as t.aws("s3", "buckets", [bucket(t.d("Private", "/Resources/Site"))])
	count(policy.deny) == 0 with input as t.aws("s3", "buckets", [bucket(t.w("LogDeliveryWrite", acl))])
}

test_unknown_does_not_fire if {
	count(policy.deny) == 0 with input as t.aws("s3", "buckets", [bucket(t.u(acl))])
}
