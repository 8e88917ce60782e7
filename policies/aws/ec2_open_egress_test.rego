package shipgate.aws.ec2_open_egress_test

import data.shipgate.aws.ec2_open_egress as policy
import data.shipgate.lib.testing as t

egress(protocol, from, to, cidr) := object.union(t.ingress(protocol, from, to, cidr), {"direction": "egress"})

deny_for(rule) := r if {
	r := policy.deny with input as t.aws("ec2", "security_group_rules", [rule])
}

test_fails_on_all_traffic_to_anywhere if {
	deny_for(egress("-1", null, null, "0.0.0.0/0")) == {{
		"msg": `egress rule of "Web" allows all outbound traffic to "0.0.0.0/0" (SecurityGroupIngress[].CidrIp); allow only the ports and destinations the workload needs`,
		"resource": "Web",
		"src": "/Resources/Web/Properties/SecurityGroupIngress/0/CidrIp",
	}}
	count(deny_for(egress("tcp", 0, 65535, "0.0.0.0/0"))) == 1
	rule := object.union(egress("-1", null, null, null), {"cidr_ipv6": t.k("SecurityGroupEgress[].CidrIpv6", t.w("::/0", "/Resources/Web/Properties/SecurityGroupIngress/0/CidrIpv6"))})
	count(deny_for(rule)) == 1
}

test_passes if {
	count(deny_for(egress("tcp", 443, 443, "0.0.0.0/0"))) == 0
	count(deny_for(egress("-1", null, null, "10.0.0.0/8"))) == 0

	# ingress is other rules' business
	count(deny_for(t.ingress("-1", null, null, "0.0.0.0/0"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(egress("-1", null, null, t.unknown_value))) == 0
	count(deny_for(egress(t.unknown_value, 0, 65535, "0.0.0.0/0"))) == 0
	count(deny_for(egress("tcp", t.unknown_value, 65535, "0.0.0.0/0"))) == 0
}
