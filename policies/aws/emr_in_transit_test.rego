package shipgate.aws.emr_in_transit_test

import data.shipgate.aws.emr_in_transit as policy
import data.shipgate.lib.testing as t

key := "configuration.EncryptionConfiguration.EnableInTransitEncryption"

deny_for(a) := r if {
	item := object.union(t.res("aws_emr_security_configuration.plain", "aws_emr_security_configuration"), {"in_transit_encryption": t.k(key, a)})
	r := policy.deny with input as t.aws("emr", "security_configurations", [item])
}

test_not_written_denied if {
	deny_for(t.d(false, "/c")) == {{
		"msg": `EMR security configuration "aws_emr_security_configuration.plain" does not encrypt data in transit (configuration.EncryptionConfiguration.EnableInTransitEncryption); set it to true with a TLS certificate provider`,
		"resource": "aws_emr_security_configuration.plain",
		"src": "/c",
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
