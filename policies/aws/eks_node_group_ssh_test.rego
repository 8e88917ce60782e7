package shipgate.aws.eks_node_group_ssh_test

import data.shipgate.aws.eks_node_group_ssh as policy
import data.shipgate.lib.testing as t

ra := "/Resources/Workers/Properties/RemoteAccess"

deny_for(key, groups) := r if {
	g := object.union(t.res("Workers", "AWS::EKS::Nodegroup"), {
		"ssh_key": t.k("RemoteAccess.Ec2SshKey", key),
		"ssh_source_security_groups": t.k("RemoteAccess.SourceSecurityGroups", groups),
	})
	r := policy.deny with input as t.aws("eks", "node_groups", [g])
}

key := t.w("ops", concat("/", [ra, "Ec2SshKey"]))

test_fails_without_source_groups if {
	deny_for(key, t.d([], ra)) == {{
		"msg": `node group "Workers" has an SSH key but no source security groups (RemoteAccess.SourceSecurityGroups), so EKS opens port 22 to 0.0.0.0/0; name the security groups that may connect, or use Session Manager`,
		"resource": "Workers",
		"src": ra,
	}}
}

test_passes if {
	count(deny_for(key, t.w(["Bastion"], concat("/", [ra, "SourceSecurityGroups"])))) == 0
	count(deny_for(t.d(null, "/Resources/Workers"), t.d([], "/Resources/Workers"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(concat("/", [ra, "Ec2SshKey"])), t.d([], ra))) == 0
	count(deny_for(key, t.u(concat("/", [ra, "SourceSecurityGroups"])))) == 0
	count(deny_for(key, t.w([null], concat("/", [ra, "SourceSecurityGroups"])))) == 0
}
