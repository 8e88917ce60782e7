package shipgate.aws.ec2_open_rdp_test

import data.shipgate.aws.ec2_open_rdp as policy
import data.shipgate.lib.testing as t

deny_for(rule) := r if {
	r := policy.deny with input as t.aws("ec2", "security_group_rules", [rule])
}

test_fails_on_port_3389_from_anywhere if {
	deny_for(t.ingress("tcp", 3389, 3389, "0.0.0.0/0")) == {{
		"msg": `security group rule of "Web" allows RDP (port 3389) from "0.0.0.0/0" (SecurityGroupIngress[].CidrIp); restrict the source to a trusted range or use SSM Session Manager`,
		"resource": "Web",
		"src": "/Resources/Web/Properties/SecurityGroupIngress/0/CidrIp",
	}}
}

test_fails_on_ranges_udp_and_all_protocols if {
	count(deny_for(t.ingress("tcp", 3000, 4000, "0.0.0.0/0"))) == 1
	count(deny_for(t.ingress("udp", 3389, 3389, "0.0.0.0/0"))) == 1

	# all protocols or every port: AWS-EC2-003 reports it, once
	count(deny_for(t.ingress("-1", -1, -1, "0.0.0.0/0"))) == 0
	count(deny_for(t.ingress("udp", 1, 65535, "0.0.0.0/0"))) == 0
}

test_passes if {
	count(deny_for(t.ingress("tcp", 3389, 3389, "192.168.0.0/16"))) == 0
	count(deny_for(t.ingress("tcp", 3390, 4000, "0.0.0.0/0"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.ingress("tcp", 3389, 3389, t.unknown_value))) == 0
	count(deny_for(t.ingress("tcp", 3389, t.unknown_value, "0.0.0.0/0"))) == 0
}
