package shipgate.aws.s3_public_access_block_test

import data.shipgate.aws.s3_public_access_block as policy
import data.shipgate.lib.testing as t

pab := "/Resources/Logs/Properties/PublicAccessBlockConfiguration"

# keys are the format keys the adapter records for each attribute of the block.
keys := {
	"present": "PublicAccessBlockConfiguration",
	"block_public_acls": "PublicAccessBlockConfiguration.BlockPublicAcls",
	"block_public_policy": "PublicAccessBlockConfiguration.BlockPublicPolicy",
	"ignore_public_acls": "PublicAccessBlockConfiguration.IgnorePublicAcls",
	"restrict_public_buckets": "PublicAccessBlockConfiguration.RestrictPublicBuckets",
}

bucket(block) := object.union(t.res("Logs", "AWS::S3::Bucket"), {"public_access_block": {name: t.k(keys[name], a) | some name, a in block}})

# No block: S3 turns every setting on for new buckets since April 2023.
absent := {
	"present": t.d(false, "/Resources/Logs"),
	"block_public_acls": t.d(true, "/Resources/Logs"),
	"block_public_policy": t.d(true, "/Resources/Logs"),
	"ignore_public_acls": t.d(true, "/Resources/Logs"),
	"restrict_public_buckets": t.d(true, "/Resources/Logs"),
}

all_true := {
	"present": t.w(true, pab),
	"block_public_acls": t.w(true, concat("/", [pab, "BlockPublicAcls"])),
	"block_public_policy": t.w(true, concat("/", [pab, "BlockPublicPolicy"])),
	"ignore_public_acls": t.w(true, concat("/", [pab, "IgnorePublicAcls"])),
	"restrict_public_buckets": t.w(true, concat("/", [pab, "RestrictPublicBuckets"])),
}

test_absent_block_is_the_aws_default if {
	count(policy.deny) == 0 with input as t.aws("s3", "buckets", [bucket(absent)])
}

test_fails_per_setting_off if {
	block := object.union(all_true, {
		"ignore_public_acls": t.w(false, concat("/", [pab, "IgnorePublicAcls"])),
		"restrict_public_buckets": t.d(false, pab),
	})
	r := policy.deny with input as t.aws("s3", "buckets", [bucket(block)])
	r == {
		{
			"msg": `bucket "Logs" turns off Block Public Access setting PublicAccessBlockConfiguration.IgnorePublicAcls; set it to true`,
			"resource": "Logs",
			"src": concat("/", [pab, "IgnorePublicAcls"]),
		},
		{
			"msg": `bucket "Logs" turns off Block Public Access setting PublicAccessBlockConfiguration.RestrictPublicBuckets (left out of the block, which makes it false); set it to true`,
			"resource": "Logs",
			"src": pab,
		},
	}
}

test_passes_all_true if {
	count(policy.deny) == 0 with input as t.aws("s3", "buckets", [bucket(all_true)])
}

test_unknown_settings_do_not_fire if {
	block := object.union(all_true, {
		"block_public_acls": t.u(pab),
		"block_public_policy": t.u(pab),
	})
	count(policy.deny) == 0 with input as t.aws("s3", "buckets", [bucket(block)])
}

test_unknown_block_does_not_fire if {
	block := {
		"present": t.u(pab),
		"block_public_acls": t.u(pab),
		"block_public_policy": t.u(pab),
		"ignore_public_acls": t.u(pab),
		"restrict_public_buckets": t.u(pab),
	}
	count(policy.deny) == 0 with input as t.aws("s3", "buckets", [bucket(block)])
}
