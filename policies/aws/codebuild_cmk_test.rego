package shipgate.aws.codebuild_cmk_test

import data.shipgate.aws.codebuild_cmk as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Build/Properties/EncryptionKey"

deny_for(key) := r if {
	p := object.union(t.res("Build", "AWS::CodeBuild::Project"), {"encryption_key": t.k("EncryptionKey", key)})
	r := policy.deny with input as t.aws("codebuild", "projects", [p])
}

test_fails_without_key if {
	deny_for(t.d(null, "/Resources/Build")) == {{
		"msg": `project "Build" encrypts its build output with the AWS managed key aws/s3 (EncryptionKey not set); set it to a customer managed KMS key`,
		"resource": "Build",
		"src": "/Resources/Build",
	}}
}

test_fails_for_aws_managed_alias if {
	count(deny_for(t.w("alias/aws/s3", attr))) == 1
	count(deny_for(t.w("arn:aws:kms:eu-west-1:111122223333:alias/aws/s3", attr))) == 1
}

test_passes if {
	count(deny_for(t.w("BuildKey", attr))) == 0
	count(deny_for(t.w("arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", attr))) == 0
	count(deny_for(t.w("alias/build", attr))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
}
