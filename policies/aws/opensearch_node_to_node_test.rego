package shipgate.aws.opensearch_node_to_node_test

import data.shipgate.aws.opensearch_node_to_node as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::OpenSearchService::Domain"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"opensearch": {"domains": objs}}}
}

test_fails if {
	deny_for([obj({"node_to_node_encryption": t.k("NodeToNodeEncryptionOptions.Enabled", t.d(false, "/Resources/X"))})]) == {{
		"msg": `domain "X" does not encrypt traffic between its nodes; set NodeToNodeEncryptionOptions.Enabled to true`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_fails_2 if {
	deny_for([obj({"node_to_node_encryption": t.k("NodeToNodeEncryptionOptions.Enabled", t.w(false, "/Resources/X/Properties/NodeToNodeEncryptionOptions/Enabled"))})]) == {{
		"msg": `domain "X" does not encrypt traffic between its nodes; set NodeToNodeEncryptionOptions.Enabled to true`,
		"resource": "X",
		"src": "/Resources/X/Properties/NodeToNodeEncryptionOptions/Enabled",
	}}
}

test_passes if {
	count(deny_for([obj({"node_to_node_encryption": t.k("NodeToNodeEncryptionOptions.Enabled", t.w(true, "/Resources/X/Properties/NodeToNodeEncryptionOptions/Enabled"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"node_to_node_encryption": t.k("NodeToNodeEncryptionOptions.Enabled", t.u("/Resources/X/Properties/NodeToNodeEncryptionOptions/Enabled"))})])) == 0
}
