package shipgate.aws.emr_local_disk_test

import data.shipgate.aws.emr_local_disk as policy
import data.shipgate.lib.testing as t

deny_for(at_rest, local) := r if {
	item := object.union(t.res("Emr", "AWS::EMR::SecurityConfiguration"), {
		"at_rest_encryption": t.k("SecurityConfiguration.EncryptionConfiguration.EnableAtRestEncryption", at_rest),
		"local_disk_encryption": t.k("SecurityConfiguration.EncryptionConfiguration.AtRestEncryptionConfiguration.LocalDiskEncryptionConfiguration", local),
	})
	r := policy.deny with input as t.aws("emr", "security_configurations", [item])
}

test_s3_only_denied if {
	deny_for(t.w(true, "/a"), t.d(false, "/c")) == {{
		"msg": `EMR security configuration "Emr" encrypts data at rest but not the nodes' local disks (no SecurityConfiguration.EncryptionConfiguration.AtRestEncryptionConfiguration.LocalDiskEncryptionConfiguration); add a local disk encryption configuration`,
		"resource": "Emr",
		"src": "/c",
	}}
}

test_no_at_rest_left_to_emr_001 if {
	count(deny_for(t.w(false, "/a"), t.d(false, "/c"))) == 0
}

test_local_disk_passes if {
	count(deny_for(t.w(true, "/a"), t.w(true, "/l"))) == 0
}

test_unknown_passes if {
	count(deny_for(t.w(true, "/a"), t.u("/l"))) == 0
}
