package shipgate.aws.ecs_host_pid_test

import data.shipgate.aws.ecs_host_pid as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Task/Properties/PidMode"

deny_for(v) := r if {
	task := object.union(t.task([]), {"pid_mode": t.k("PidMode", v)})
	r := policy.deny with input as t.aws("ecs", "task_definitions", [task])
}

test_fails_for_host if {
	deny_for(t.w("host", attr)) == {{
		"msg": `task definition "Task" shares the host's process namespace (PidMode is "host"); remove it, or use "task" to share processes only within the task`,
		"resource": "Task",
		"src": attr,
	}}
}

test_passes_otherwise if {
	count(deny_for(t.w("task", attr))) == 0
	count(deny_for(t.d(null, "/Resources/Task"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
}
