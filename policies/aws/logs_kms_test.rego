package shipgate.aws.logs_kms_test

import data.shipgate.aws.logs_kms as policy
import data.shipgate.lib.testing as t

deny_for(v) := r if {
	g := object.union(t.res("AppLogs", "AWS::Logs::LogGroup"), {"kms_key": t.k("KmsKeyId", v)})
	r := policy.deny with input as t.aws("logs", "log_groups", [g])
}

test_fails_without_key if {
	deny_for(t.d(null, "/Resources/AppLogs")) == {{
		"msg": `log group "AppLogs" is not encrypted with a KMS key; set KmsKeyId to a customer managed key`,
		"resource": "AppLogs",
		"src": "/Resources/AppLogs",
	}}
}

test_passes_with_key if {
	count(deny_for(t.w("LogsKey", "/Resources/AppLogs/Properties/KmsKeyId"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u("/Resources/AppLogs/Properties/KmsKeyId"))) == 0
}
