package shipgate.aws.s3_public_acl_test

import data.shipgate.aws.s3_public_acl as policy
import data.shipgate.lib.testing as t

acl := "/Resources/Site/Properties/AccessControl"

own_key := "OwnershipControls.Rules[0].ObjectOwnership"

pab(block, ignore) := {
	"block_public_acls": t.k("PublicAccessBlockConfiguration.BlockPublicAcls", block),
	"ignore_public_acls": t.k("PublicAccessBlockConfiguration.IgnorePublicAcls", ignore),
}

site(a, ownership, block, ignore) := object.union(t.res("Site", "AWS::S3::Bucket"), {
	"acl": t.k("AccessControl", a),
	"object_ownership": t.k(own_key, ownership),
	"public_access_block": pab(block, ignore),
})

# Today's defaults: ACLs disabled, Block Public Access on.
bucket(a) := site(a, t.d("BucketOwnerEnforced", "/Resources/Site"), t.d(true, "/Resources/Site"), t.d(true, "/Resources/Site"))

acls_on := t.w("ObjectWriter", "/Resources/Site/Properties/OwnershipControls/Rules/0/ObjectOwnership")

off := t.w(false, "/Resources/Site/Properties/PublicAccessBlockConfiguration")

on := t.w(true, "/Resources/Site/Properties/PublicAccessBlockConfiguration")

deny_for(b) := r if {
	r := policy.deny with input as t.aws("s3", "buckets", [b])
}

test_public_read_with_acls_enabled_and_the_block_off if {
	deny_for(site(t.w("PublicRead", acl), acls_on, off, off)) == {{
		"msg": `bucket "Site" grants public access with ACL "PublicRead" (AccessControl); remove it (the default is private) and grant access through a bucket policy`,
		"resource": "Site",
		"src": acl,
	}}
}

# With today's defaults S3 rejects the ACL: the finding says so instead of
# claiming the bucket is public.
test_public_read_with_todays_defaults if {
	deny_for(bucket(t.w("PublicRead", acl))) == {{
		"msg": `bucket "Site" asks for the public ACL "PublicRead" (AccessControl), which S3 rejects while ACLs are disabled (OwnershipControls.Rules[0].ObjectOwnership is BucketOwnerEnforced, the default since April 2023); remove it (the default is private) and grant access through a bucket policy`,
		"resource": "Site",
		"src": acl,
	}}
}

test_public_read_blocked_or_ignored if {
	[r] := [m | some f in deny_for(site(t.w("PublicRead", acl), acls_on, on, on)); m := f.msg]
	contains(r, `which Block Public Access blocks (PublicAccessBlockConfiguration.BlockPublicAcls is true)`)
	[s] := [m | some f in deny_for(site(t.w("PublicRead", acl), acls_on, off, on)); m := f.msg]
	contains(s, `which Block Public Access ignores (PublicAccessBlockConfiguration.IgnorePublicAcls is true)`)
}

test_public_read_with_unknown_ownership if {
	[r] := [m | some f in deny_for(site(t.w("PublicRead", acl), t.u("/x"), off, off)); m := f.msg]
	contains(r, `sets the public ACL "PublicRead" (AccessControl), which makes the bucket public unless`)
}

test_fails_terraform_spelling if {
	count(deny_for(bucket(t.w("public-read-write", "/resource/aws_s3_bucket/site/acl")))) == 1
}

test_passes_private if {
	count(deny_for(bucket(t.d("Private", "/Resources/Site")))) == 0
	count(deny_for(bucket(t.w("LogDeliveryWrite", acl)))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(bucket(t.u(acl)))) == 0
}
