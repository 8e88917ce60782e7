package shipgate.aws.dax_tls_test

import data.shipgate.aws.dax_tls as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::DAX::Cluster"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"dax": {"clusters": objs}}}
}

test_fails if {
	deny_for([obj({"endpoint_encryption": t.k("ClusterEndpointEncryptionType", t.d("NONE", "/Resources/X"))})]) == {{
		"msg": `DAX cluster "X" accepts unencrypted connections; set ClusterEndpointEncryptionType to TLS`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_fails_2 if {
	deny_for([obj({"endpoint_encryption": t.k("ClusterEndpointEncryptionType", t.w("NONE", "/Resources/X/Properties/ClusterEndpointEncryptionType"))})]) == {{
		"msg": `DAX cluster "X" accepts unencrypted connections; set ClusterEndpointEncryptionType to TLS`,
		"resource": "X",
		"src": "/Resources/X/Properties/ClusterEndpointEncryptionType",
	}}
}

test_passes if {
	count(deny_for([obj({"endpoint_encryption": t.k("ClusterEndpointEncryptionType", t.w("TLS", "/Resources/X/Properties/ClusterEndpointEncryptionType"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"endpoint_encryption": t.k("ClusterEndpointEncryptionType", t.u("/Resources/X/Properties/ClusterEndpointEncryptionType"))})])) == 0
}
