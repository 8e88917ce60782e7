package shipgate.aws.ec2_open_admin_test

import data.shipgate.aws.ec2_open_admin as policy
import data.shipgate.lib.testing as t

deny_for(rule) := r if {
	r := policy.deny with input as t.aws("ec2", "security_group_rules", [rule])
}

test_fails_on_telnet_from_anywhere if {
	deny_for(t.ingress("tcp", 23, 23, "0.0.0.0/0")) == {{
		"msg": `security group rule of "Web" allows Telnet 23 from "0.0.0.0/0" (SecurityGroupIngress[].CidrIp); remove the rule or restrict the source to a trusted range`,
		"resource": "Web",
		"src": "/Resources/Web/Properties/SecurityGroupIngress/0/CidrIp",
	}}
}

test_a_range_names_every_port_once if {
	[f] := [x | some x in deny_for(t.ingress("tcp", 5900, 5986, "0.0.0.0/0"))]
	contains(f.msg, `allows VNC 5900, WinRM 5985, WinRM (TLS) 5986 from`)
}

test_passes if {
	count(deny_for(t.ingress("tcp", 445, 445, "10.0.0.0/8"))) == 0
	count(deny_for(t.ingress("tcp", 443, 443, "0.0.0.0/0"))) == 0
	count(deny_for(t.ingress("tcp", 22, 22, "0.0.0.0/0"))) == 0
	count(deny_for(object.union(t.ingress("tcp", 445, 445, "0.0.0.0/0"), {"direction": "egress"}))) == 0
	count(deny_for(t.ingress("-1", null, null, "0.0.0.0/0"))) == 0
	count(deny_for(t.ingress("tcp", 1, 65535, "0.0.0.0/0"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.ingress("tcp", 445, 445, t.unknown_value))) == 0
	count(deny_for(t.ingress("tcp", 445, t.unknown_value, "0.0.0.0/0"))) == 0
	count(deny_for(t.ingress(t.unknown_value, 445, 445, "0.0.0.0/0"))) == 0
}
