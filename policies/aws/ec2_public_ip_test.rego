package shipgate.aws.ec2_public_ip_test

import data.shipgate.aws.ec2_public_ip as policy
import data.shipgate.lib.testing as t

instance(v) := object.union(t.res("App", "AWS::EC2::Instance"), {"associate_public_ip": t.k("NetworkInterfaces[0].AssociatePublicIpAddress", v)})

deny_for(x) := r if {
	r := policy.deny with input as {"aws": {"ec2": {"instances": [x], "launch_templates": []}, "autoscaling": {"launch_configurations": []}}}
}

src := "/Resources/App/Properties/NetworkInterfaces/0/AssociatePublicIpAddress"

test_fails_on_public_ip if {
	deny_for(instance(t.w(true, src))) == {{
		"msg": `instance "App" assigns a public IP address (NetworkInterfaces[0].AssociatePublicIpAddress); set it to false and serve traffic through a load balancer`,
		"resource": "App",
		"src": src,
	}}
}

test_passes if {
	count(deny_for(instance(t.w(false, src)))) == 0

	# not written: the subnet decides
	count(deny_for(instance(t.d(null, "/Resources/App")))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(instance(t.u(src)))) == 0
}
