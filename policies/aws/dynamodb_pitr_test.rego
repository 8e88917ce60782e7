package shipgate.aws.dynamodb_pitr_test

import data.shipgate.aws.dynamodb_pitr as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Orders/Properties/PointInTimeRecoverySpecification/PointInTimeRecoveryEnabled"

deny_for(pitr) := r if {
	table := object.union(t.res("Orders", "AWS::DynamoDB::Table"), {"point_in_time_recovery": t.k("PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled", pitr)})
	r := policy.deny with input as t.aws("dynamodb", "tables", [table])
}

test_fails_by_default if {
	deny_for(t.d(false, "/Resources/Orders")) == {{
		"msg": `table "Orders" has no point-in-time recovery; set PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled to true`,
		"resource": "Orders",
		"src": "/Resources/Orders",
	}}
}

test_passes_when_enabled if {
	count(deny_for(t.w(true, attr))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
}
