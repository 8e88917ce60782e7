package shipgate.aws.eks_control_plane_logging_test

import data.shipgate.aws.eks_control_plane_logging as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Cluster/Properties/Logging/ClusterLogging/EnabledTypes"

deny_for(v) := r if {
	c := object.union(t.res("Cluster", "AWS::EKS::Cluster"), {"log_types": t.k("Logging.ClusterLogging.EnabledTypes", v)})
	r := policy.deny with input as t.aws("eks", "clusters", [c])
}

test_fails_by_default if {
	deny_for(t.d([], "/Resources/Cluster")) == {{
		"msg": `cluster "Cluster" does not log api, audit, authenticator of its control plane (Logging.ClusterLogging.EnabledTypes); enable them`,
		"resource": "Cluster",
		"src": "/Resources/Cluster",
	}}
}

test_fails_when_audit_is_missing if {
	r := deny_for(t.w(["api", "authenticator"], attr))
	[x | some x in r; contains(x.msg, "not log audit of")] != []
}

test_passes if {
	count(deny_for(t.w(["api", "audit", "authenticator"], attr))) == 0
	count(deny_for(t.w(["api", "audit", "authenticator", "controllerManager", "scheduler"], attr))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
	count(deny_for(t.w(["api", null], attr))) == 0
}
