package shipgate.aws.ecs_circuit_breaker_test

import data.shipgate.aws.ecs_circuit_breaker as policy
import data.shipgate.lib.testing as t

cb := "/Resources/Service/Properties/DeploymentConfiguration/DeploymentCircuitBreaker"

al := "/Resources/Service/Properties/DeploymentConfiguration/Alarms"

off := t.d(false, "/Resources/Service")

service(controller, enable, rollback, alarm_enable, alarm_rollback) := object.union(t.res("Service", "AWS::ECS::Service"), {
	"deployment_controller": t.k("DeploymentController.Type", controller),
	"circuit_breaker": {
		"enable": t.k("DeploymentConfiguration.DeploymentCircuitBreaker.Enable", enable),
		"rollback": t.k("DeploymentConfiguration.DeploymentCircuitBreaker.Rollback", rollback),
	},
	"alarms": {
		"enable": t.k("DeploymentConfiguration.Alarms.Enable", alarm_enable),
		"rollback": t.k("DeploymentConfiguration.Alarms.Rollback", alarm_rollback),
	},
})

ecs := t.d("ECS", "/Resources/Service")

deny_for(s) := r if {
	r := policy.deny with input as t.aws("ecs", "services", [s])
}

test_fails_by_default if {
	deny_for(service(ecs, off, off, off, off)) == {{
		"msg": `service "Service" does not roll back a failed deployment (DeploymentConfiguration.DeploymentCircuitBreaker.Enable is false); turn on the deployment circuit breaker with rollback`,
		"resource": "Service",
		"src": "/Resources/Service",
	}}
}

test_fails_without_rollback if {
	r := deny_for(service(ecs, t.w(true, concat("/", [cb, "Enable"])), t.w(false, concat("/", [cb, "Rollback"])), off, off))
	[x | some x in r; x.src == concat("/", [cb, "Rollback"])] != []
}

test_passes if {
	count(deny_for(service(ecs, t.w(true, concat("/", [cb, "Enable"])), t.w(true, concat("/", [cb, "Rollback"])), off, off))) == 0
	count(deny_for(service(ecs, off, off, t.w(true, concat("/", [al, "Enable"])), t.w(true, concat("/", [al, "Rollback"]))))) == 0
	count(deny_for(service(t.w("CODE_DEPLOY", "/Resources/Service/Properties/DeploymentController/Type"), off, off, off, off))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(service(ecs, t.u(concat("/", [cb, "Enable"])), off, off, off))) == 0
	count(deny_for(service(ecs, off, off, t.u(concat("/", [al, "Enable"])), off))) == 0
	count(deny_for(service(t.u("/Resources/Service/Properties/DeploymentController/Type"), off, off, off, off))) == 0
}
