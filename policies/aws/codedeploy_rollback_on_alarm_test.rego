package shipgate.aws.codedeploy_rollback_on_alarm_test

import data.shipgate.aws.codedeploy_rollback_on_alarm as policy
import data.shipgate.lib.testing as t

events_attr := "/Resources/Group/Properties/AutoRollbackConfiguration/Events"

deny_for(alarms, rollback, events) := r if {
	g := object.union(t.res("Group", "AWS::CodeDeploy::DeploymentGroup"), {
		"alarms": {"enabled": t.k("AlarmConfiguration.Enabled", alarms)},
		"auto_rollback": {
			"enabled": t.k("AutoRollbackConfiguration.Enabled", rollback),
			"events": t.k("AutoRollbackConfiguration.Events", events),
		},
	})
	r := policy.deny with input as t.aws("codedeploy", "deployment_groups", [g])
}

test_fails_without_rollback_on_alarm if {
	deny_for(t.w(true, "/a"), t.w(true, "/b"), t.w(["DEPLOYMENT_FAILURE"], events_attr)) == {{
		"msg": `deployment group "Group" stops deployments on alarms but does not roll them back; add DEPLOYMENT_STOP_ON_ALARM to AutoRollbackConfiguration.Events`,
		"resource": "Group",
		"src": events_attr,
	}}
}

test_passes if {
	count(deny_for(t.w(true, "/a"), t.w(true, "/b"), t.w(["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM"], events_attr))) == 0
	count(deny_for(t.d(false, "/a"), t.w(true, "/b"), t.w(["DEPLOYMENT_FAILURE"], events_attr))) == 0

	# No rollback at all is AWS-CODEDEPLOY-001's.
	count(deny_for(t.w(true, "/a"), t.d(false, "/b"), t.d(null, "/b"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.w(true, "/a"), t.w(true, "/b"), t.u(events_attr))) == 0
	count(deny_for(t.w(true, "/a"), t.w(true, "/b"), t.w(["DEPLOYMENT_FAILURE", null], events_attr))) == 0
	count(deny_for(t.u("/a"), t.w(true, "/b"), t.w(["DEPLOYMENT_FAILURE"], events_attr))) == 0
}
