package shipgate.aws.ecs_root_user_test

import data.shipgate.aws.ecs_root_user as policy
import data.shipgate.lib.testing as t

attr := concat("/", [t.container_src(0), "User"])

deny_for(v) := r if {
	r := policy.deny with input as t.aws("ecs", "task_definitions", [t.task([t.container({"user": t.k("ContainerDefinitions[].User", v)})])])
}

test_fails_for_root if {
	deny_for(t.w("root", attr)) == {{
		"msg": `container "web" of task definition "Task" runs as root (ContainerDefinitions[].User is "root"); run it as an unprivileged user such as "1000:1000"`,
		"resource": "Task",
		"src": attr,
	}}
	count(deny_for(t.w("0", attr))) == 1
	count(deny_for(t.w("0:0", attr))) == 1
	count(deny_for(t.w("root:wheel", attr))) == 1
}

test_passes_for_other_users if {
	count(deny_for(t.w("1000:1000", attr))) == 0
	count(deny_for(t.w("nginx", attr))) == 0
	count(deny_for(t.w("rootless", attr))) == 0
	count(deny_for(t.w("10", attr))) == 0
	count(deny_for(t.d(null, t.container_src(0)))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
}
