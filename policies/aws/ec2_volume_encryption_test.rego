package shipgate.aws.ec2_volume_encryption_test

import data.shipgate.aws.ec2_volume_encryption as policy
import data.shipgate.lib.testing as t

volume(encrypted) := object.union(t.res("Data", "AWS::EC2::Volume"), {"encrypted": t.k("Encrypted", encrypted)})

deny_for(v) := r if {
	r := policy.deny with input as t.aws("ec2", "volumes", [v])
}

test_fails_when_not_encrypted if {
	deny_for(volume(t.d(false, "/Resources/Data"))) == {{
		"msg": `EBS volume "Data" is not encrypted; set Encrypted to true`,
		"resource": "Data",
		"src": "/Resources/Data",
	}}
	count(deny_for(volume(t.w(false, "/Resources/Data/Properties/Encrypted")))) == 1
}

test_passes_when_encrypted if {
	count(deny_for(volume(t.w(true, "/Resources/Data/Properties/Encrypted")))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(volume(t.u("/Resources/Data/Properties/SnapshotId")))) == 0
}
