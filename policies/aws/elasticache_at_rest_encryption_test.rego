package shipgate.aws.elasticache_at_rest_encryption_test

import data.shipgate.aws.elasticache_at_rest_encryption as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::ElastiCache::ReplicationGroup"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"elasticache": {"replication_groups": objs}}}
}

test_fails if {
	deny_for([obj({"at_rest_encryption": t.k("AtRestEncryptionEnabled", t.d(false, "/Resources/X"))})]) == {{
		"msg": `replication group "X" is not encrypted at rest; set AtRestEncryptionEnabled to true when the group is created`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_fails_2 if {
	deny_for([obj({"at_rest_encryption": t.k("AtRestEncryptionEnabled", t.w(false, "/Resources/X/Properties/AtRestEncryptionEnabled"))})]) == {{
		"msg": `replication group "X" is not encrypted at rest; set AtRestEncryptionEnabled to true when the group is created`,
		"resource": "X",
		"src": "/Resources/X/Properties/AtRestEncryptionEnabled",
	}}
}

test_passes if {
	count(deny_for([obj({"at_rest_encryption": t.k("AtRestEncryptionEnabled", t.w(true, "/Resources/X/Properties/AtRestEncryptionEnabled"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"at_rest_encryption": t.k("AtRestEncryptionEnabled", t.u("/Resources/X/Properties/AtRestEncryptionEnabled"))})])) == 0
}
