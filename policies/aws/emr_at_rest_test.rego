package shipgate.aws.emr_at_rest_test

import data.shipgate.aws.emr_at_rest as policy
import data.shipgate.lib.testing as t

key := "SecurityConfiguration.EncryptionConfiguration.EnableAtRestEncryption"

deny_for(a) := r if {
	item := object.union(t.res("Emr", "AWS::EMR::SecurityConfiguration"), {"at_rest_encryption": t.k(key, a)})
	r := policy.deny with input as t.aws("emr", "security_configurations", [item])
}

test_not_written_denied if {
	deny_for(t.d(false, "/Resources/Emr/Properties/SecurityConfiguration")) == {{
		"msg": `EMR security configuration "Emr" does not encrypt data at rest (SecurityConfiguration.EncryptionConfiguration.EnableAtRestEncryption); set it to true with S3 and local disk encryption`,
		"resource": "Emr",
		"src": "/Resources/Emr/Properties/SecurityConfiguration",
	}}
}

test_false_denied if {
	count(deny_for(t.w(false, "/x"))) == 1
}

test_true_passes if {
	count(deny_for(t.w(true, "/x"))) == 0
}

test_unknown_passes if {
	count(deny_for(t.u("/x"))) == 0
}
