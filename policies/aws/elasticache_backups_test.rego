package shipgate.aws.elasticache_backups_test

import data.shipgate.aws.elasticache_backups as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::ElastiCache::CacheCluster"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"elasticache": {"clusters": objs, "replication_groups": []}}}
}

test_fails if {
	deny_for([obj({"replication_group": t.k("Engine", t.d(null, "/Resources/X")), "engine": t.k("Engine", t.w("redis", "/Resources/X/Properties/Engine")), "node_type": t.k("CacheNodeType", t.w("cache.t4g.small", "/Resources/X/Properties/CacheNodeType")), "snapshot_retention": t.k("SnapshotRetentionLimit", t.d(0, "/Resources/X"))})]) == {{
		"msg": `cache cluster "X" keeps no automatic backups; set SnapshotRetentionLimit to 1 day or more`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_fails_2 if {
	deny_for([obj({"replication_group": t.k("Engine", t.d(null, "/Resources/X")), "engine": t.k("Engine", t.w("redis", "/Resources/X/Properties/Engine")), "node_type": t.k("CacheNodeType", t.w("cache.t4g.small", "/Resources/X/Properties/CacheNodeType")), "snapshot_retention": t.k("SnapshotRetentionLimit", t.w(0, "/Resources/X/Properties/SnapshotRetentionLimit"))})]) == {{
		"msg": `cache cluster "X" keeps no automatic backups; set SnapshotRetentionLimit to 1 day or more`,
		"resource": "X",
		"src": "/Resources/X/Properties/SnapshotRetentionLimit",
	}}
}

test_passes if {
	count(deny_for([obj({"replication_group": t.k("Engine", t.d(null, "/Resources/X")), "engine": t.k("Engine", t.w("redis", "/Resources/X/Properties/Engine")), "node_type": t.k("CacheNodeType", t.w("cache.t4g.small", "/Resources/X/Properties/CacheNodeType")), "snapshot_retention": t.k("SnapshotRetentionLimit", t.w(7, "/Resources/X/Properties/SnapshotRetentionLimit"))})])) == 0
	count(deny_for([obj({"replication_group": t.k("Engine", t.d(null, "/Resources/X")), "engine": t.k("Engine", t.w("memcached", "/Resources/X/Properties/Engine")), "node_type": t.k("CacheNodeType", t.w("cache.t4g.small", "/Resources/X/Properties/CacheNodeType")), "snapshot_retention": t.k("SnapshotRetentionLimit", t.d(0, "/Resources/X"))})])) == 0
	count(deny_for([obj({"replication_group": t.k("replication_group_id", t.w("sessions", "/Resources/X/Properties/replication_group_id")), "engine": t.k("Engine", t.w("redis", "/Resources/X/Properties/Engine")), "node_type": t.k("CacheNodeType", t.w("cache.t4g.small", "/Resources/X/Properties/CacheNodeType")), "snapshot_retention": t.k("SnapshotRetentionLimit", t.d(0, "/Resources/X"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"replication_group": t.k("Engine", t.d(null, "/Resources/X")), "engine": t.k("Engine", t.w("redis", "/Resources/X/Properties/Engine")), "node_type": t.k("CacheNodeType", t.w("cache.t4g.small", "/Resources/X/Properties/CacheNodeType")), "snapshot_retention": t.k("SnapshotRetentionLimit", t.u("/Resources/X/Properties/SnapshotRetentionLimit"))})])) == 0
	count(deny_for([obj({"replication_group": t.k("Engine", t.d(null, "/Resources/X")), "engine": t.k("Engine", t.u("/Resources/X/Properties/Engine")), "node_type": t.k("CacheNodeType", t.w("cache.t4g.small", "/Resources/X/Properties/CacheNodeType")), "snapshot_retention": t.k("SnapshotRetentionLimit", t.d(0, "/Resources/X"))})])) == 0
}
