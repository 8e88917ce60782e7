package shipgate.aws.appconfig_production_monitors_test

import data.shipgate.aws.appconfig_production_monitors as policy
import data.shipgate.lib.testing as t

deny_for(id, name, monitors) := r if {
	e := object.union(t.res(id, "AWS::AppConfig::Environment"), {"name": t.k("Name", name), "monitors": monitors})
	r := policy.deny with input as t.aws("appconfig", "environments", [e])
}

monitor(alarm) := {"src": "/Resources/Production/Properties/Monitors/0", "alarm": t.k("Monitors[].AlarmArn", alarm)}

test_fails_without_monitors if {
	deny_for("Production", t.w("production", "/n"), []) == {{
		"msg": `production environment "production" has no alarm monitors, so a bad configuration is never rolled back automatically; add CloudWatch alarms on the application's health as monitors`,
		"resource": "Production",
		"src": "/Resources/Production",
	}}

	# By its address when the name cannot be read.
	count(deny_for("ProdEnv", t.u("/n"), [])) == 1
}

test_passes if {
	count(deny_for("Production", t.w("production", "/n"), [monitor(t.w("ErrorRateAlarm", "/a"))])) == 0
	count(deny_for("Staging", t.w("staging", "/n"), [])) == 0
	count(deny_for("Products", t.w("products", "/n"), [])) == 0
}

test_unknown_does_not_fire if {
	# A monitor whose alarm cannot be read (a dynamic block) still counts.
	count(deny_for("Production", t.w("production", "/n"), [monitor(t.u("/a"))])) == 0
	count(deny_for("Env", t.u("/n"), [])) == 0
}
