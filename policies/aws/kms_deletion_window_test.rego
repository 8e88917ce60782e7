package shipgate.aws.kms_deletion_window_test

import data.shipgate.aws.kms_deletion_window as policy
import data.shipgate.lib.testing as t

window_src := "/Resources/DataKey/Properties/PendingWindowInDays"

deny_for(window) := r if {
	k := object.union(t.res("DataKey", "AWS::KMS::Key"), {"deletion_window_days": t.k("PendingWindowInDays", window)})
	r := policy.deny with input as t.aws("kms", "keys", [k])
}

test_fails_on_short_window if {
	deny_for(t.w(7, window_src)) == {{
		"msg": `KMS key "DataKey" is deleted 7 days after its deletion is scheduled (PendingWindowInDays); keep the 30-day window so a mistaken deletion can be cancelled`,
		"resource": "DataKey",
		"src": window_src,
	}}
}

test_names_the_parameter if {
	a := object.union(t.w(10, window_src), {"param": {"kind": "parameter", "name": "Window", "default": true}})
	[x.msg | some x in deny_for(a)] == [`KMS key "DataKey" is deleted 10 days after its deletion is scheduled (PendingWindowInDays, the default of parameter Window); keep the 30-day window so a mistaken deletion can be cancelled`]
}

test_passes if {
	count(deny_for(t.d(30, "/Resources/DataKey"))) == 0
	count(deny_for(t.w(30, window_src))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(window_src))) == 0
}
