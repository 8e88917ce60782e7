package shipgate.aws.opensearch_encryption_at_rest_test

import data.shipgate.aws.opensearch_encryption_at_rest as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::OpenSearchService::Domain"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"opensearch": {"domains": objs}}}
}

test_fails if {
	deny_for([obj({"encryption_at_rest": t.k("EncryptionAtRestOptions.Enabled", t.d(false, "/Resources/X"))})]) == {{
		"msg": `domain "X" is not encrypted at rest; set EncryptionAtRestOptions.Enabled to true`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_fails_2 if {
	deny_for([obj({"encryption_at_rest": t.k("EncryptionAtRestOptions.Enabled", t.w(false, "/Resources/X/Properties/EncryptionAtRestOptions/Enabled"))})]) == {{
		"msg": `domain "X" is not encrypted at rest; set EncryptionAtRestOptions.Enabled to true`,
		"resource": "X",
		"src": "/Resources/X/Properties/EncryptionAtRestOptions/Enabled",
	}}
}

test_passes if {
	count(deny_for([obj({"encryption_at_rest": t.k("EncryptionAtRestOptions.Enabled", t.w(true, "/Resources/X/Properties/EncryptionAtRestOptions/Enabled"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"encryption_at_rest": t.k("EncryptionAtRestOptions.Enabled", t.u("/Resources/X/Properties/EncryptionAtRestOptions/Enabled"))})])) == 0
}
