package shipgate.aws.ecs_efs_transit_encryption_test

import data.shipgate.aws.ecs_efs_transit_encryption as policy
import data.shipgate.lib.testing as t

vol := "/Resources/Task/Properties/Volumes/0"

efs := concat("/", [vol, "EFSVolumeConfiguration"])

deny_for(is_efs, transit) := r if {
	v := {
		"src": vol,
		"name": t.k("Volumes[].Name", t.w("data", concat("/", [vol, "Name"]))),
		"efs": t.k("Volumes[].EFSVolumeConfiguration", is_efs),
		"efs_transit_encryption": t.k("Volumes[].EFSVolumeConfiguration.TransitEncryption", transit),
	}
	task := object.union(t.task([]), {"volumes": [v]})
	r := policy.deny with input as t.aws("ecs", "task_definitions", [task])
}

test_fails_by_default if {
	deny_for(t.w(true, efs), t.d("DISABLED", efs)) == {{
		"msg": `EFS volume "data" of task definition "Task" is mounted without encryption in transit (Volumes[].EFSVolumeConfiguration.TransitEncryption is DISABLED); set it to ENABLED`,
		"resource": "Task",
		"src": efs,
	}}
	count(deny_for(t.w(true, efs), t.w("DISABLED", concat("/", [efs, "TransitEncryption"])))) == 1
}

test_passes if {
	count(deny_for(t.w(true, efs), t.w("ENABLED", concat("/", [efs, "TransitEncryption"])))) == 0
	count(deny_for(t.d(false, vol), t.d("DISABLED", vol))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.w(true, efs), t.u(concat("/", [efs, "TransitEncryption"])))) == 0
	count(deny_for(t.u(efs), t.d("DISABLED", vol))) == 0
}
