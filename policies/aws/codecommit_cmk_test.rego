package shipgate.aws.codecommit_cmk_test

import data.shipgate.aws.codecommit_cmk as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Repo/Properties/KmsKeyId"

deny_for(key) := r if {
	repo := object.union(t.res("Repo", "AWS::CodeCommit::Repository"), {"kms_key": t.k("KmsKeyId", key)})
	r := policy.deny with input as t.aws("codecommit", "repositories", [repo])
}

test_fails_without_key if {
	deny_for(t.d(null, "/Resources/Repo")) == {{
		"msg": `repository "Repo" is encrypted with the AWS managed key aws/codecommit (KmsKeyId not set); set it to a customer managed KMS key`,
		"resource": "Repo",
		"src": "/Resources/Repo",
	}}
	count(deny_for(t.w("alias/aws/codecommit", attr))) == 1
}

test_passes if {
	count(deny_for(t.w("SourceKey", attr))) == 0
	count(deny_for(t.w("alias/source", attr))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
}
