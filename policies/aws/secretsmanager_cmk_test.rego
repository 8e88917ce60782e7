package shipgate.aws.secretsmanager_cmk_test

import data.shipgate.aws.secretsmanager_cmk as policy
import data.shipgate.lib.testing as t

deny_for(kms_key) := r if {
	s := object.union(t.res("Db", "AWS::SecretsManager::Secret"), {"kms_key": t.k("KmsKeyId", kms_key)})
	r := policy.deny with input as t.aws("secretsmanager", "secrets", [s])
}

test_fails_without_key if {
	deny_for(t.d(null, "/Resources/Db")) == {{
		"msg": `secret "Db" is encrypted with the AWS managed key aws/secretsmanager (KmsKeyId not set); encrypt it with a customer managed KMS key`,
		"resource": "Db",
		"src": "/Resources/Db",
	}}
}

test_fails_on_aws_managed_alias if {
	count(deny_for(t.w("alias/aws/secretsmanager", "/k"))) == 1
	count(deny_for(t.w("arn:aws:kms:eu-west-1:111122223333:alias/aws/secretsmanager", "/k"))) == 1
}

test_passes_with_customer_key if {
	count(deny_for(t.w("SecretsKey", "/k"))) == 0
	count(deny_for(t.w("alias/app-secrets", "/k"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u("/k"))) == 0
}
