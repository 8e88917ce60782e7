package shipgate.aws.athena_result_encryption_test

import data.shipgate.aws.athena_result_encryption as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::Athena::WorkGroup"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"athena": {"workgroups": objs}}}
}

test_fails if {
	deny_for([obj({"managed_results": t.k("WorkGroupConfiguration.ManagedQueryResultsConfiguration.Enabled", t.d(false, "/Resources/X")), "result_encryption": t.k("WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration.EncryptionOption", t.d(null, "/Resources/X"))})]) == {{
		"msg": `workgroup "X" does not encrypt query results; set WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration.EncryptionOption to SSE_KMS or SSE_S3`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_passes if {
	count(deny_for([obj({"managed_results": t.k("WorkGroupConfiguration.ManagedQueryResultsConfiguration.Enabled", t.d(false, "/Resources/X")), "result_encryption": t.k("WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration.EncryptionOption", t.w("SSE_S3", "/Resources/X/Properties/WorkGroupConfiguration/ResultConfiguration/EncryptionConfiguration/EncryptionOption"))})])) == 0
	count(deny_for([obj({"managed_results": t.k("WorkGroupConfiguration.ManagedQueryResultsConfiguration.Enabled", t.w(true, "/Resources/X/Properties/WorkGroupConfiguration/ManagedQueryResultsConfiguration/Enabled")), "result_encryption": t.k("WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration.EncryptionOption", t.d(null, "/Resources/X"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"managed_results": t.k("WorkGroupConfiguration.ManagedQueryResultsConfiguration.Enabled", t.d(false, "/Resources/X")), "result_encryption": t.k("WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration.EncryptionOption", t.u("/Resources/X/Properties/WorkGroupConfiguration/ResultConfiguration/EncryptionConfiguration/EncryptionOption"))})])) == 0
	count(deny_for([obj({"managed_results": t.k("WorkGroupConfiguration.ManagedQueryResultsConfiguration.Enabled", t.u("/Resources/X/Properties/WorkGroupConfiguration/ManagedQueryResultsConfiguration/Enabled")), "result_encryption": t.k("WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration.EncryptionOption", t.d(null, "/Resources/X"))})])) == 0
}
