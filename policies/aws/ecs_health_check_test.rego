package shipgate.aws.ecs_health_check_test

import data.shipgate.aws.ecs_health_check as policy
import data.shipgate.lib.testing as t

attr := concat("/", [t.container_src(0), "HealthCheck"])

deny_for(hc) := r if {
	r := policy.deny with input as t.aws("ecs", "task_definitions", [t.task([t.container({"health_check": t.k("ContainerDefinitions[].HealthCheck", hc)})])])
}

test_fails_by_default if {
	deny_for(t.d(null, t.container_src(0))) == {{
		"msg": `container "web" of task definition "Task" has no health check (ContainerDefinitions[].HealthCheck); add one with a command that probes the service`,
		"resource": "Task",
		"src": t.container_src(0),
	}}
}

test_passes_with_health_check if {
	count(deny_for(t.w({"Command": ["CMD-SHELL", "true"]}, attr))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
}
