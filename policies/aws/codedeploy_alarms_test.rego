package shipgate.aws.codedeploy_alarms_test

import data.shipgate.aws.codedeploy_alarms as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Group/Properties/AlarmConfiguration/Enabled"

names_attr := "/Resources/Group/Properties/AlarmConfiguration/Alarms"

deny_for(enabled, names) := r if {
	g := object.union(t.res("Group", "AWS::CodeDeploy::DeploymentGroup"), {"alarms": {
		"enabled": t.k("AlarmConfiguration.Enabled", enabled),
		"names": t.k("AlarmConfiguration.Alarms[].Name", names),
	}})
	r := policy.deny with input as t.aws("codedeploy", "deployment_groups", [g])
}

test_fails_without_alarm_configuration if {
	deny_for(t.d(false, "/Resources/Group"), t.d([], "/Resources/Group")) == {{
		"msg": `deployment group "Group" watches no CloudWatch alarms (AlarmConfiguration.Enabled not set); add alarms on the application's health so that a bad deployment stops and rolls back`,
		"resource": "Group",
		"src": "/Resources/Group",
	}}
	count(deny_for(t.d(false, "/Resources/Group"), t.d(null, "/Resources/Group"))) == 1
}

test_fails_when_turned_off if {
	deny_for(t.w(false, attr), t.w(["api-errors"], names_attr)) == {{
		"msg": `deployment group "Group" has its alarm configuration turned off (AlarmConfiguration.Enabled is false); enable it so that a deployment stops when the application's alarms fire`,
		"resource": "Group",
		"src": attr,
	}}
}

test_passes if {
	count(deny_for(t.w(true, attr), t.w(["api-errors"], names_attr))) == 0

	# Alarms listed without Enabled are not judged.
	count(deny_for(t.d(false, "/Resources/Group/Properties/AlarmConfiguration"), t.w(["api-errors"], names_attr))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr), t.w(["api-errors"], names_attr))) == 0
	count(deny_for(t.d(false, "/Resources/Group"), t.u(names_attr))) == 0
}
