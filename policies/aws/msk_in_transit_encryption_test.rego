package shipgate.aws.msk_in_transit_encryption_test

import data.shipgate.aws.msk_in_transit_encryption as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::MSK::Cluster"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"msk": {"clusters": objs}}}
}

test_fails if {
	deny_for([obj({"client_broker": t.k("EncryptionInfo.EncryptionInTransit.ClientBroker", t.w("TLS_PLAINTEXT", "/Resources/X/Properties/EncryptionInfo/EncryptionInTransit/ClientBroker")), "in_cluster": t.k("EncryptionInfo.EncryptionInTransit.InCluster", t.d(true, "/Resources/X"))})]) == {{
		"msg": `MSK cluster "X" accepts unencrypted client connections; set EncryptionInfo.EncryptionInTransit.ClientBroker to TLS`,
		"resource": "X",
		"src": "/Resources/X/Properties/EncryptionInfo/EncryptionInTransit/ClientBroker",
	}}
}

test_fails_2 if {
	deny_for([obj({"client_broker": t.k("EncryptionInfo.EncryptionInTransit.ClientBroker", t.d("TLS", "/Resources/X")), "in_cluster": t.k("EncryptionInfo.EncryptionInTransit.InCluster", t.w(false, "/Resources/X/Properties/EncryptionInfo/EncryptionInTransit/InCluster"))})]) == {{
		"msg": `MSK cluster "X" replicates between brokers unencrypted; set EncryptionInfo.EncryptionInTransit.InCluster to true`,
		"resource": "X",
		"src": "/Resources/X/Properties/EncryptionInfo/EncryptionInTransit/InCluster",
	}}
}

test_passes if {
	count(deny_for([obj({"client_broker": t.k("EncryptionInfo.EncryptionInTransit.ClientBroker", t.d("TLS", "/Resources/X")), "in_cluster": t.k("EncryptionInfo.EncryptionInTransit.InCluster", t.d(true, "/Resources/X"))})])) == 0
	count(deny_for([obj({"client_broker": t.k("EncryptionInfo.EncryptionInTransit.ClientBroker", t.w("TLS", "/Resources/X/Properties/EncryptionInfo/EncryptionInTransit/ClientBroker")), "in_cluster": t.k("EncryptionInfo.EncryptionInTransit.InCluster", t.d(true, "/Resources/X"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"client_broker": t.k("EncryptionInfo.EncryptionInTransit.ClientBroker", t.u("/Resources/X/Properties/EncryptionInfo/EncryptionInTransit/ClientBroker")), "in_cluster": t.k("EncryptionInfo.EncryptionInTransit.InCluster", t.u("/Resources/X/Properties/EncryptionInfo/EncryptionInTransit/InCluster"))})])) == 0
}
