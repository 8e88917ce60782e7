package shipgate.aws.ec2_open_ssh_test

import data.shipgate.aws.ec2_open_ssh as policy
import data.shipgate.lib.testing as t

deny_for(rule) := r if {
	r := policy.deny with input as t.aws("ec2", "security_group_rules", [rule])
}

test_fails_on_port_22_from_anywhere if {
	deny_for(t.ingress("tcp", 22, 22, "0.0.0.0/0")) == {{
		"msg": `security group rule of "Web" allows SSH (port 22) from "0.0.0.0/0" (SecurityGroupIngress[].CidrIp); restrict the source to a trusted range or use SSM Session Manager`,
		"resource": "Web",
		"src": "/Resources/Web/Properties/SecurityGroupIngress/0/CidrIp",
	}}
}

test_fails_on_ranges_and_all_protocols if {
	count(deny_for(t.ingress("tcp", 0, 1024, "0.0.0.0/0"))) == 1

	# all protocols or every port: AWS-EC2-003 reports it, once
	count(deny_for(t.ingress("-1", null, null, "0.0.0.0/0"))) == 0
	count(deny_for(t.ingress("tcp", 0, 65535, "0.0.0.0/0"))) == 0
	rule := object.union(t.ingress("tcp", 22, 22, null), {"cidr_ipv6": t.w("::/0", "/Resources/Web/Properties/SecurityGroupIngress/0/CidrIpv6")})
	count(deny_for(rule)) == 1
}

test_passes if {
	count(deny_for(t.ingress("tcp", 22, 22, "10.0.0.0/8"))) == 0
	count(deny_for(t.ingress("tcp", 443, 443, "0.0.0.0/0"))) == 0
	count(deny_for(t.ingress("udp", 22, 22, "0.0.0.0/0"))) == 0
	count(deny_for(object.union(t.ingress("tcp", 22, 22, "0.0.0.0/0"), {"direction": "egress"}))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.ingress("tcp", 22, 22, t.unknown_value))) == 0
	count(deny_for(t.ingress("tcp", t.unknown_value, 22, "0.0.0.0/0"))) == 0
	count(deny_for(t.ingress(t.unknown_value, 22, 22, "0.0.0.0/0"))) == 0
}

# A source that is a parameter's value: the message says so, since the fix
# may be the value the stack is deployed with.
test_names_the_parameter if {
	from_default := object.union(t.ingress("tcp", 22, 22, "0.0.0.0/0"), {"cidr_ipv4": object.union(
		t.ingress("tcp", 22, 22, "0.0.0.0/0").cidr_ipv4,
		{"param": {"kind": "parameter", "name": "SSHLocation", "default": true}},
	)})
	deny_for(from_default) == {{
		"msg": `security group rule of "Web" allows SSH (port 22) from "0.0.0.0/0" (SecurityGroupIngress[].CidrIp, the default of parameter SSHLocation); restrict the source to a trusted range or use SSM Session Manager`,
		"resource": "Web",
		"src": "/Resources/Web/Properties/SecurityGroupIngress/0/CidrIp",
	}}
	given := object.union(from_default, {"cidr_ipv4": object.union(from_default.cidr_ipv4, {"param": {"kind": "parameter", "name": "SSHLocation", "default": false}})})
	[r] := [m | some f in deny_for(given); m := f.msg]
	contains(r, `(SecurityGroupIngress[].CidrIp, the value given for parameter SSHLocation)`)
}
