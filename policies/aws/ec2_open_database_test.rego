package shipgate.aws.ec2_open_database_test

import data.shipgate.aws.ec2_open_database as policy
import data.shipgate.lib.testing as t

deny_for(rule) := r if {
	r := policy.deny with input as t.aws("ec2", "security_group_rules", [rule])
}

test_fails_on_postgres_from_anywhere if {
	deny_for(t.ingress("tcp", 5432, 5432, "0.0.0.0/0")) == {{
		"msg": `security group rule of "Web" allows PostgreSQL 5432 from "0.0.0.0/0" (SecurityGroupIngress[].CidrIp); allow the port only from the application's security group`,
		"resource": "Web",
		"src": "/Resources/Web/Properties/SecurityGroupIngress/0/CidrIp",
	}}
}

test_a_range_names_every_port_once if {
	[f] := [x | some x in deny_for(t.ingress("tcp", 3000, 6500, "0.0.0.0/0"))]
	contains(f.msg, `allows MySQL/MariaDB 3306, PostgreSQL 5432, Redshift 5439, CouchDB 5984, Redis 6379 from`)
	rule := object.union(t.ingress("tcp", 27017, 27017, null), {"cidr_ipv6": t.k("SecurityGroupIngress[].CidrIpv6", t.w("::/0", "/Resources/Web/Properties/SecurityGroupIngress/0/CidrIpv6"))})
	count(deny_for(rule)) == 1
}

test_passes if {
	count(deny_for(t.ingress("tcp", 5432, 5432, "10.0.0.0/8"))) == 0
	count(deny_for(t.ingress("tcp", 443, 443, "0.0.0.0/0"))) == 0
	count(deny_for(t.ingress("udp", 3306, 3306, "0.0.0.0/0"))) == 0
	count(deny_for(object.union(t.ingress("tcp", 3306, 3306, "0.0.0.0/0"), {"direction": "egress"}))) == 0

	# all protocols or every port: AWS-EC2-003 reports it
	count(deny_for(t.ingress("-1", null, null, "0.0.0.0/0"))) == 0
	count(deny_for(t.ingress("tcp", 0, 65535, "0.0.0.0/0"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.ingress("tcp", 3306, 3306, t.unknown_value))) == 0
	count(deny_for(t.ingress("tcp", t.unknown_value, 3306, "0.0.0.0/0"))) == 0
	count(deny_for(t.ingress(t.unknown_value, 3306, 3306, "0.0.0.0/0"))) == 0
}
