package shipgate.aws.ecs_readonly_root_test

import data.shipgate.aws.ecs_readonly_root as policy
import data.shipgate.lib.testing as t

attr := concat("/", [t.container_src(0), "ReadonlyRootFilesystem"])

deny_for(v) := r if {
	r := policy.deny with input as t.aws("ecs", "task_definitions", [t.task([t.container({"readonly_root_filesystem": t.k("ContainerDefinitions[].ReadonlyRootFilesystem", v)})])])
}

test_fails_by_default if {
	deny_for(t.d(false, t.container_src(0))) == {{
		"msg": `container "web" of task definition "Task" can write to its root filesystem (ContainerDefinitions[].ReadonlyRootFilesystem is false); set it to true and mount a volume where the application writes`,
		"resource": "Task",
		"src": t.container_src(0),
	}}
	count(deny_for(t.w(false, attr))) == 1
}

test_passes_when_read_only if {
	count(deny_for(t.w(true, attr))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
}
