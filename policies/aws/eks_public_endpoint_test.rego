package shipgate.aws.eks_public_endpoint_test

import data.shipgate.aws.eks_public_endpoint as policy
import data.shipgate.lib.testing as t

vpc := "/Resources/Cluster/Properties/ResourcesVpcConfig"

deny_for(public, cidrs) := r if {
	c := object.union(t.res("Cluster", "AWS::EKS::Cluster"), {
		"endpoint_public_access": t.k("ResourcesVpcConfig.EndpointPublicAccess", public),
		"public_access_cidrs": t.k("ResourcesVpcConfig.PublicAccessCidrs", cidrs),
	})
	r := policy.deny with input as t.aws("eks", "clusters", [c])
}

test_fails_by_default if {
	deny_for(t.d(true, vpc), t.d(["0.0.0.0/0"], vpc)) == {{
		"msg": `cluster "Cluster" has a public API endpoint open to 0.0.0.0/0 (ResourcesVpcConfig.PublicAccessCidrs); turn public access off or allow only your networks`,
		"resource": "Cluster",
		"src": vpc,
	}}
	count(deny_for(t.w(true, concat("/", [vpc, "EndpointPublicAccess"])), t.w(["10.0.0.0/8", "0.0.0.0/0"], concat("/", [vpc, "PublicAccessCidrs"])))) == 1
}

test_passes if {
	count(deny_for(t.w(false, concat("/", [vpc, "EndpointPublicAccess"])), t.d(["0.0.0.0/0"], vpc))) == 0
	count(deny_for(t.d(true, vpc), t.w(["203.0.113.0/24"], concat("/", [vpc, "PublicAccessCidrs"])))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(concat("/", [vpc, "EndpointPublicAccess"])), t.d(["0.0.0.0/0"], vpc))) == 0
	count(deny_for(t.d(true, vpc), t.u(concat("/", [vpc, "PublicAccessCidrs"])))) == 0
}
