package shipgate.aws.elasticache_transit_encryption_test

import data.shipgate.aws.elasticache_transit_encryption as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::ElastiCache::ReplicationGroup"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"elasticache": {"replication_groups": objs}}}
}

test_fails if {
	deny_for([obj({"transit_encryption": t.k("TransitEncryptionEnabled", t.d(false, "/Resources/X"))})]) == {{
		"msg": `replication group "X" accepts unencrypted connections; set TransitEncryptionEnabled to true when the group is created`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_fails_2 if {
	deny_for([obj({"transit_encryption": t.k("TransitEncryptionEnabled", t.w(false, "/Resources/X/Properties/TransitEncryptionEnabled"))})]) == {{
		"msg": `replication group "X" accepts unencrypted connections; set TransitEncryptionEnabled to true when the group is created`,
		"resource": "X",
		"src": "/Resources/X/Properties/TransitEncryptionEnabled",
	}}
}

test_passes if {
	count(deny_for([obj({"transit_encryption": t.k("TransitEncryptionEnabled", t.w(true, "/Resources/X/Properties/TransitEncryptionEnabled"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"transit_encryption": t.k("TransitEncryptionEnabled", t.u("/Resources/X/Properties/TransitEncryptionEnabled"))})])) == 0
}
