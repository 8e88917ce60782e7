package shipgate.aws.ecs_logging_test

import data.shipgate.aws.ecs_logging as policy
import data.shipgate.lib.testing as t

attr := concat("/", [t.container_src(0), "LogConfiguration"])

deny_for(logs) := r if {
	r := policy.deny with input as t.aws("ecs", "task_definitions", [t.task([t.container({"log_configuration": t.k("ContainerDefinitions[].LogConfiguration", logs)})])])
}

test_fails_by_default if {
	deny_for(t.d(null, t.container_src(0))) == {{
		"msg": `container "web" of task definition "Task" has no log configuration (ContainerDefinitions[].LogConfiguration); add one with the awslogs or awsfirelens driver`,
		"resource": "Task",
		"src": t.container_src(0),
	}}
}

test_passes_with_logs if {
	count(deny_for(t.w({"LogDriver": "awslogs"}, attr))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
}
