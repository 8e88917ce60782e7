package shipgate.aws.ecs_fargate_platform_test

import data.shipgate.aws.ecs_fargate_platform as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Service/Properties/PlatformVersion"

service(launch, providers, version) := object.union(t.res("Service", "AWS::ECS::Service"), {
	"launch_type": t.k("LaunchType", launch),
	"capacity_provider_strategy": [{"src": "/Resources/Service/Properties/CapacityProviderStrategy/0", "provider": t.k("CapacityProviderStrategy[].CapacityProvider", p)} | some p in providers],
	"platform_version": t.k("PlatformVersion", version),
})

deny_for(s) := r if {
	r := policy.deny with input as t.aws("ecs", "services", [s])
}

fargate := t.w("FARGATE", "/Resources/Service/Properties/LaunchType")

test_fails_on_old_version if {
	deny_for(service(fargate, [], t.w("1.3.0", attr))) == {{
		"msg": `Fargate service "Service" runs on platform version "1.3.0" (PlatformVersion); use LATEST or 1.4.0`,
		"resource": "Service",
		"src": attr,
	}}
	spot := t.w("FARGATE_SPOT", "/Resources/Service/Properties/CapacityProviderStrategy/0/CapacityProvider")
	count(deny_for(service(t.d(null, "/Resources/Service"), [spot], t.w("1.2.0", attr)))) == 1
}

test_passes if {
	count(deny_for(service(fargate, [], t.d("LATEST", "/Resources/Service")))) == 0
	count(deny_for(service(fargate, [], t.w("1.4.0", attr)))) == 0
	count(deny_for(service(fargate, [], t.w("1.0.0", attr)))) == 0
	count(deny_for(service(t.w("EC2", "/Resources/Service/Properties/LaunchType"), [], t.w("1.3.0", attr)))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(service(fargate, [], t.u(attr)))) == 0
	count(deny_for(service(t.u("/Resources/Service/Properties/LaunchType"), [], t.w("1.3.0", attr)))) == 0
}
