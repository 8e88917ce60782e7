package shipgate.aws.iam_access_key_test

import data.shipgate.aws.iam_access_key as policy
import data.shipgate.lib.testing as t

deny_for(status) := r if {
	k := object.union(t.res("DeployKey", "AWS::IAM::AccessKey"), {
		"user": t.k("UserName", t.w("Deployer", "/Resources/DeployKey/Properties/UserName")),
		"status": t.k("Status", status),
	})
	r := policy.deny with input as t.aws("iam", "access_keys", [k])
}

test_fails_on_active_key if {
	deny_for(t.d("Active", "/Resources/DeployKey")) == {{
		"msg": `access key "DeployKey" is a long-lived credential of user "Deployer" (Status is Active); give the workload a role it assumes instead`,
		"resource": "DeployKey",
		"src": "/Resources/DeployKey",
	}}
}

test_passes_on_inactive_key if {
	count(deny_for(t.w("Inactive", "/Resources/DeployKey/Properties/Status"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u("/Resources/DeployKey/Properties/Status"))) == 0
}
