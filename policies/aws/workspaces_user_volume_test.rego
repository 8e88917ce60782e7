package shipgate.aws.workspaces_user_volume_test

import data.shipgate.aws.workspaces_user_volume as policy
import data.shipgate.lib.testing as t

deny_for(a) := r if {
	item := object.union(t.res("Desk", "AWS::WorkSpaces::Workspace"), {"user_volume_encrypted": t.k("UserVolumeEncryptionEnabled", a)})
	r := policy.deny with input as t.aws("workspaces", "workspaces", [item])
}

test_default_denied if {
	deny_for(t.d(false, "/Resources/Desk")) == {{
		"msg": `WorkSpace "Desk" does not encrypt its user volume (UserVolumeEncryptionEnabled); set it to true (the WorkSpace is rebuilt)`,
		"resource": "Desk",
		"src": "/Resources/Desk",
	}}
}

test_written_false_denied if {
	count(deny_for(t.w(false, "/x"))) == 1
}

test_encrypted_passes if {
	count(deny_for(t.w(true, "/x"))) == 0
}

test_unknown_passes if {
	count(deny_for(t.u("/x"))) == 0
}
