package shipgate.aws.ecs_privileged_test

import data.shipgate.aws.ecs_privileged as policy
import data.shipgate.lib.testing as t

attr := concat("/", [t.container_src(0), "Privileged"])

deny_for(privileged) := r if {
	r := policy.deny with input as t.aws("ecs", "task_definitions", [t.task([t.container({"privileged": t.k("ContainerDefinitions[].Privileged", privileged)})])])
}

test_fails_when_privileged if {
	deny_for(t.w(true, attr)) == {{
		"msg": `container "web" of task definition "Task" runs privileged (ContainerDefinitions[].Privileged is true); turn it off and add only the Linux capabilities it needs`,
		"resource": "Task",
		"src": attr,
	}}
}

test_passes if {
	count(deny_for(t.d(false, t.container_src(0)))) == 0
	count(deny_for(t.w(false, attr))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
}
