package shipgate.aws.rds_cluster_copy_tags_test

import data.shipgate.aws.rds_cluster_copy_tags as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::RDS::DBCluster"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"rds": {"clusters": objs}}}
}

test_fails if {
	deny_for([obj({"copy_tags_to_snapshot": t.k("CopyTagsToSnapshot", t.d(false, "/Resources/X"))})]) == {{
		"msg": `database cluster "X" does not copy its tags to snapshots; set CopyTagsToSnapshot to true`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_fails_2 if {
	deny_for([obj({"copy_tags_to_snapshot": t.k("CopyTagsToSnapshot", t.w(false, "/Resources/X/Properties/CopyTagsToSnapshot"))})]) == {{
		"msg": `database cluster "X" does not copy its tags to snapshots; set CopyTagsToSnapshot to true`,
		"resource": "X",
		"src": "/Resources/X/Properties/CopyTagsToSnapshot",
	}}
}

test_passes if {
	count(deny_for([obj({"copy_tags_to_snapshot": t.k("CopyTagsToSnapshot", t.w(true, "/Resources/X/Properties/CopyTagsToSnapshot"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"copy_tags_to_snapshot": t.k("CopyTagsToSnapshot", t.u("/Resources/X/Properties/CopyTagsToSnapshot"))})])) == 0
}
