package shipgate.aws.ecs_public_ip_test

import data.shipgate.aws.ecs_public_ip as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Service/Properties/NetworkConfiguration/AwsvpcConfiguration/AssignPublicIp"

deny_for(v) := r if {
	s := object.union(t.res("Service", "AWS::ECS::Service"), {"assign_public_ip": t.k("NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp", v)})
	r := policy.deny with input as t.aws("ecs", "services", [s])
}

test_fails_when_enabled if {
	deny_for(t.w(true, attr)) == {{
		"msg": `service "Service" gives its tasks public IP addresses (NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp is enabled); turn it off and run the tasks in private subnets`,
		"resource": "Service",
		"src": attr,
	}}
}

test_passes if {
	count(deny_for(t.w(false, attr))) == 0
	count(deny_for(t.d(false, "/Resources/Service"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
}
