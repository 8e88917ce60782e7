package shipgate.aws.eks_secrets_cmk_test

import data.shipgate.aws.eks_secrets_cmk as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Cluster/Properties/EncryptionConfig/0/Resources"

deny_for(v) := r if {
	c := object.union(t.res("Cluster", "AWS::EKS::Cluster"), {"encryption_resources": t.k("EncryptionConfig[0].Resources", v)})
	r := policy.deny with input as t.aws("eks", "clusters", [c])
}

test_fails_by_default if {
	deny_for(t.d([], "/Resources/Cluster")) == {{
		"msg": `cluster "Cluster" does not envelope-encrypt secrets with a customer managed KMS key (EncryptionConfig[0].Resources has no "secrets"); add an encryption configuration for secrets`,
		"resource": "Cluster",
		"src": "/Resources/Cluster",
	}}
}

test_passes_with_secrets if {
	count(deny_for(t.w(["secrets"], attr))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
	count(deny_for(t.w([null], attr))) == 0
}
