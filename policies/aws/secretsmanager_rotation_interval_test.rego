package shipgate.aws.secretsmanager_rotation_interval_test

import data.shipgate.aws.secretsmanager_rotation_interval as policy
import data.shipgate.lib.testing as t

days_key := "AWS::SecretsManager::RotationSchedule.RotationRules.AutomaticallyAfterDays"

expr_key := "AWS::SecretsManager::RotationSchedule.RotationRules.ScheduleExpression"

deny_for(days, expr) := r if {
	s := object.union(t.res("Db", "AWS::SecretsManager::Secret"), {"rotation": {
		"after_days": t.k(days_key, days),
		"schedule_expression": t.k(expr_key, expr),
	}})
	r := policy.deny with input as t.aws("secretsmanager", "secrets", [s])
}

no_expr := t.d(null, "/Resources/Db")

test_fails_on_long_interval if {
	deny_for(t.w(180, "/Resources/Rotation/Properties/RotationRules/AutomaticallyAfterDays"), no_expr) == {{
		"msg": `secret "Db" is rotated every 180 days (AWS::SecretsManager::RotationSchedule.RotationRules.AutomaticallyAfterDays); rotate it at least every 90 days`,
		"resource": "Db",
		"src": "/Resources/Rotation/Properties/RotationRules/AutomaticallyAfterDays",
	}}
	count(deny_for(t.d(null, "/r"), t.w("rate(120 days)", "/e"))) == 1
}

test_passes if {
	count(deny_for(t.w(90, "/d"), no_expr)) == 0
	count(deny_for(t.d(null, "/r"), t.w("rate(30 days)", "/e"))) == 0
	count(deny_for(t.d(null, "/r"), t.w("cron(0 16 1,15 * ? *)", "/e"))) == 0
	count(deny_for(t.d(null, "/r"), no_expr)) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u("/d"), t.u("/e"))) == 0
}
