package shipgate.aws.ecs_capabilities_test

import data.shipgate.aws.ecs_capabilities as policy
import data.shipgate.lib.testing as t

attr := concat("/", [t.container_src(0), "LinuxParameters/Capabilities/Add"])

deny_for(v) := r if {
	r := policy.deny with input as t.aws("ecs", "task_definitions", [t.task([t.container({"capabilities_add": t.k("ContainerDefinitions[].LinuxParameters.Capabilities.Add", v)})])])
}

test_fails_on_dangerous_capabilities if {
	deny_for(t.w(["NET_BIND_SERVICE", "SYS_ADMIN", "CAP_NET_ADMIN"], attr)) == {{
		"msg": `container "web" of task definition "Task" adds the Linux capabilities NET_ADMIN, SYS_ADMIN (ContainerDefinitions[].LinuxParameters.Capabilities.Add); remove them and add only what the application needs`,
		"resource": "Task",
		"src": attr,
	}}
	count(deny_for(t.w(["ALL"], attr))) == 1
}

test_passes if {
	count(deny_for(t.w(["NET_BIND_SERVICE", "SYS_PTRACE"], attr))) == 0
	count(deny_for(t.d([], t.container_src(0)))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
	count(deny_for(t.w([null], attr))) == 0
}
