package shipgate.aws.secretsmanager_rotation_test

import data.shipgate.aws.secretsmanager_rotation as policy
import data.shipgate.lib.testing as t

deny_for(enabled) := r if {
	s := object.union(t.res("Db", "AWS::SecretsManager::Secret"), {"rotation": {"enabled": t.k("AWS::SecretsManager::RotationSchedule", enabled)}})
	r := policy.deny with input as t.aws("secretsmanager", "secrets", [s])
}

test_fails_without_schedule if {
	deny_for(t.d(false, "/Resources/Db")) == {{
		"msg": `secret "Db" has no rotation schedule (AWS::SecretsManager::RotationSchedule); rotate it automatically`,
		"resource": "Db",
		"src": "/Resources/Db",
	}}
}

test_passes_with_schedule if {
	count(deny_for(t.w(true, "/Resources/DbRotation"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u("/Resources/Db"))) == 0
}
