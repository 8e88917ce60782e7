package shipgate.aws.efs_encryption_test

import data.shipgate.aws.efs_encryption as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::EFS::FileSystem"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"efs": {"file_systems": objs}}}
}

test_fails if {
	deny_for([obj({"encrypted": t.k("Encrypted", t.d(false, "/Resources/X"))})]) == {{
		"msg": `file system "X" is not encrypted at rest; set Encrypted to true`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_fails_2 if {
	deny_for([obj({"encrypted": t.k("Encrypted", t.w(false, "/Resources/X/Properties/Encrypted"))})]) == {{
		"msg": `file system "X" is not encrypted at rest; set Encrypted to true`,
		"resource": "X",
		"src": "/Resources/X/Properties/Encrypted",
	}}
}

test_passes if {
	count(deny_for([obj({"encrypted": t.k("Encrypted", t.w(true, "/Resources/X/Properties/Encrypted"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"encrypted": t.k("Encrypted", t.u("/Resources/X/Properties/Encrypted"))})])) == 0
}
