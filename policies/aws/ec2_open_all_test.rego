package shipgate.aws.ec2_open_all_test

import data.shipgate.aws.ec2_open_all as policy
import data.shipgate.lib.testing as t

deny_for(rule) := r if {
	r := policy.deny with input as t.aws("ec2", "security_group_rules", [rule])
}

test_fails_on_all_protocols if {
	deny_for(t.ingress("-1", null, null, "0.0.0.0/0")) == {{
		"msg": `security group rule of "Web" allows all protocols and ports from "0.0.0.0/0" (SecurityGroupIngress[].CidrIp); allow only the ports the service needs`,
		"resource": "Web",
		"src": "/Resources/Web/Properties/SecurityGroupIngress/0/CidrIp",
	}}
}

test_fails_on_every_port if {
	[r.msg | some r in deny_for(t.ingress("tcp", 0, 65535, "0.0.0.0/0"))] == [`security group rule of "Web" allows every tcp port from "0.0.0.0/0" (SecurityGroupIngress[].CidrIp); allow only the ports the service needs`]
	count(deny_for(t.ingress("udp", 1, 65535, "0.0.0.0/0"))) == 1
}

test_passes if {
	count(deny_for(t.ingress("-1", null, null, "10.0.0.0/8"))) == 0
	count(deny_for(t.ingress("tcp", 1024, 65535, "0.0.0.0/0"))) == 0
	count(deny_for(t.ingress("icmp", -1, -1, "0.0.0.0/0"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.ingress(t.unknown_value, null, null, "0.0.0.0/0"))) == 0
	count(deny_for(t.ingress("-1", null, null, t.unknown_value))) == 0
	count(deny_for(t.ingress("tcp", 0, t.unknown_value, "0.0.0.0/0"))) == 0
}
