package shipgate.aws.ec2_volume_cmk_test

import data.shipgate.aws.ec2_volume_cmk as policy
import data.shipgate.lib.testing as t

deny_for(encrypted, key) := r if {
	v := object.union(t.res("Data", "AWS::EC2::Volume"), {
		"encrypted": t.k("Encrypted", encrypted),
		"kms_key": t.k("KmsKeyId", key),
	})
	r := policy.deny with input as t.aws("ec2", "volumes", [v])
}

test_managed_key_denied if {
	deny_for(t.w(true, "/Resources/Data/Properties/Encrypted"), t.d(null, "/Resources/Data")) == {{
		"msg": `EBS volume "Data" is encrypted with the AWS managed key aws/ebs; set KmsKeyId to a customer managed KMS key`,
		"resource": "Data",
		"src": "/Resources/Data",
	}}
}

test_own_key_passes if {
	count(deny_for(t.w(true, "/e"), t.w("VolumeKey", "/k"))) == 0
}

test_unencrypted_left_to_ec2_009 if {
	count(deny_for(t.d(false, "/Resources/Data"), t.d(null, "/Resources/Data"))) == 0
}

test_unknown_passes if {
	count(deny_for(t.u("/e"), t.d(null, "/Resources/Data"))) == 0
	count(deny_for(t.w(true, "/e"), t.u("/k"))) == 0
}
