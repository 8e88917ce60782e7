package shipgate.aws.ecr_cmk_test

import data.shipgate.aws.ecr_cmk as policy
import data.shipgate.lib.testing as t

enc := "/Resources/Images/Properties/EncryptionConfiguration"

deny_for(typ, key) := r if {
	repo := object.union(t.res("Images", "AWS::ECR::Repository"), {
		"encryption_type": t.k("EncryptionConfiguration.EncryptionType", typ),
		"kms_key": t.k("EncryptionConfiguration.KmsKey", key),
	})
	r := policy.deny with input as t.aws("ecr", "repositories", [repo])
}

test_fails_by_default if {
	deny_for(t.d("AES256", "/Resources/Images"), t.d(null, "/Resources/Images")) == {{
		"msg": `repository "Images" is encrypted with S3-managed keys (EncryptionConfiguration.EncryptionType is AES256); create it with KMS encryption and a customer managed key`,
		"resource": "Images",
		"src": "/Resources/Images",
	}}
}

test_fails_with_aws_managed_key if {
	deny_for(t.w("KMS", concat("/", [enc, "EncryptionType"])), t.d(null, enc)) == {{
		"msg": `repository "Images" is encrypted with the AWS managed key aws/ecr (EncryptionConfiguration.KmsKey is not set); use a customer managed key`,
		"resource": "Images",
		"src": enc,
	}}
}

test_passes_with_cmk if {
	count(deny_for(t.w("KMS", concat("/", [enc, "EncryptionType"])), t.w("ImagesKey", concat("/", [enc, "KmsKey"])))) == 0
	count(deny_for(t.w("KMS_DSSE", concat("/", [enc, "EncryptionType"])), t.w("ImagesKey", concat("/", [enc, "KmsKey"])))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(concat("/", [enc, "EncryptionType"])), t.d(null, enc))) == 0
	count(deny_for(t.w("KMS", concat("/", [enc, "EncryptionType"])), t.u(concat("/", [enc, "KmsKey"])))) == 0
}
