package shipgate.aws.ec2_subnet_public_ip_test

import data.shipgate.aws.ec2_subnet_public_ip as policy
import data.shipgate.lib.testing as t

subnet(v) := object.union(t.res("Public", "AWS::EC2::Subnet"), {"map_public_ip": t.k("MapPublicIpOnLaunch", v)})

deny_for(s) := r if {
	r := policy.deny with input as t.aws("ec2", "subnets", [s])
}

test_fails_when_mapping_public_ips if {
	deny_for(subnet(t.w(true, "/Resources/Public/Properties/MapPublicIpOnLaunch"))) == {{
		"msg": `subnet "Public" gives every instance launched in it a public IP address (MapPublicIpOnLaunch); set it to false and reach the instances through a load balancer or NAT gateway`,
		"resource": "Public",
		"src": "/Resources/Public/Properties/MapPublicIpOnLaunch",
	}}
}

test_passes if {
	count(deny_for(subnet(t.d(false, "/Resources/Public")))) == 0
	count(deny_for(subnet(t.w(false, "/Resources/Public/Properties/MapPublicIpOnLaunch")))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(subnet(t.u("/Resources/Public/Properties/MapPublicIpOnLaunch")))) == 0
}
