package shipgate.aws.cloudtrail_bucket_public_test

import data.shipgate.aws.cloudtrail_bucket_public as policy
import data.shipgate.lib.testing as t

src := "/Resources/TrailBucket"

trail(bucket) := object.union(t.res("Trail", "AWS::CloudTrail::Trail"), {"s3_bucket": t.k("S3BucketName", bucket)})

pab(v) := {k: t.k(concat(".", ["PublicAccessBlockConfiguration", k]), v) | some k in {"block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"}}

statement(principal) := {
	"src": "/s",
	"effect": t.k("PolicyDocument.Statement[].Effect", t.w("Allow", "/e")),
	"principals": t.k("PolicyDocument.Statement[].Principal", principal),
	"has_condition": t.k("PolicyDocument.Statement[].Condition", t.d(false, "/s")),
}

bucket(acl, ownership, block, policies) := object.union(t.res("TrailBucket", "AWS::S3::Bucket"), {
	"name": t.k("BucketName", t.d(null, src)),
	"acl": t.k("AccessControl", acl),
	"object_ownership": t.k("OwnershipControls.Rules[0].ObjectOwnership", ownership),
	"public_access_block": block,
	"policies": t.k("AWS::S3::BucketPolicy", policies),
})

view(trails, buckets) := {"kind": "cloudformation", "path": "t.yaml", "raw": {}, "aws": {
	"cloudtrail": {"trails": trails},
	"s3": {"buckets": buckets},
}}

public_read := t.w("PublicRead", "/Resources/TrailBucket/Properties/AccessControl")

writer := t.w("ObjectWriter", "/o")

open := pab(t.w(false, "/b"))

no_policies := t.d([], src)

on_trail := [trail(t.w("TrailBucket", "/t"))]

test_fails_on_public_acl_or_policy if {
	policy.deny == {{
		"msg": `bucket "TrailBucket" receives CloudTrail log files and grants public access with ACL "PublicRead" (AccessControl); remove it and keep Block Public Access on`,
		"resource": "TrailBucket",
		"src": "/Resources/TrailBucket/Properties/AccessControl",
	}} with input as view(on_trail, [bucket(public_read, writer, open, no_policies)])
	policy.deny == {{
		"msg": `bucket "TrailBucket" receives CloudTrail log files and has a policy statement that allows any principal (PolicyDocument.Statement[].Principal) without a condition; name the principals and keep Block Public Access on`,
		"resource": "TrailBucket",
		"src": "/s",
	}} with input as view(on_trail, [bucket(t.d("Private", src), t.d("BucketOwnerEnforced", src), open, t.w([{"src": "/d", "state": "written", "statements": [statement(t.w("*", "/p"))]}], "/d"))])
}

test_passes if {
	# Block Public Access on by default, ACLs disabled by default.
	count(policy.deny) == 0 with input as view(on_trail, [bucket(public_read, t.d("BucketOwnerEnforced", src), pab(t.d(true, src)), no_policies)])
	count(policy.deny) == 0 with input as view(on_trail, [bucket(public_read, writer, pab(t.d(true, src)), no_policies)])
	count(policy.deny) == 0 with input as view(on_trail, [bucket(t.d("Private", src), writer, open, t.w([{"src": "/d", "state": "written", "statements": [statement(t.w({"Service": "cloudtrail.amazonaws.com"}, "/p"))]}], "/d"))])

	# Not a trail's bucket.
	count(policy.deny) == 0 with input as view([], [bucket(public_read, writer, open, no_policies)])
}

test_unknown_does_not_fire if {
	count(policy.deny) == 0 with input as view([trail(t.u("/t"))], [bucket(public_read, writer, open, no_policies)])
	count(policy.deny) == 0 with input as view(on_trail, [bucket(t.u("/a"), writer, open, no_policies)])
	count(policy.deny) == 0 with input as view(on_trail, [bucket(public_read, t.u("/o"), open, no_policies)])
	count(policy.deny) == 0 with input as view(on_trail, [bucket(public_read, writer, pab(t.u("/b")), no_policies)])
	count(policy.deny) == 0 with input as view(on_trail, [bucket(t.d("Private", src), writer, open, t.u("/d"))])
}
