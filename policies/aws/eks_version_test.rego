package shipgate.aws.eks_version_test

import data.shipgate.aws.eks_version as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Cluster/Properties/Version"

deny_for(v) := r if {
	c := object.union(t.res("Cluster", "AWS::EKS::Cluster"), {"version": t.k("Version", v)})
	r := policy.deny with input as t.aws("eks", "clusters", [c])
}

test_fails_past_support if {
	deny_for(t.w("1.29", attr)) == {{
		"msg": `cluster "Cluster" runs Kubernetes 1.29 (Version), whose EKS support ended on 2026-03-23; upgrade it to a version in standard support`,
		"resource": "Cluster",
		"src": attr,
	}}
	[x | some x in deny_for(t.w("1.24", attr)); contains(x.msg, "ended in 2025 or earlier")] != []
	count(deny_for(t.w("1.31", attr))) == 1
}

test_passes_on_supported_versions if {
	count(deny_for(t.w("1.32", attr))) == 0
	count(deny_for(t.w("1.34", attr))) == 0
	count(deny_for(t.d(null, "/Resources/Cluster"))) == 0
}

test_ambiguous_yaml_number_passes if {
	count(deny_for(t.w("1.3", attr))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
}
