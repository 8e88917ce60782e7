package shipgate.aws.codedeploy_auto_rollback_test

import data.shipgate.aws.codedeploy_auto_rollback as policy
import data.shipgate.lib.testing as t

arc := "/Resources/Group/Properties/AutoRollbackConfiguration"

deny_for(enabled, events) := r if {
	g := object.union(t.res("Group", "AWS::CodeDeploy::DeploymentGroup"), {"auto_rollback": {
		"enabled": t.k("AutoRollbackConfiguration.Enabled", enabled),
		"events": t.k("AutoRollbackConfiguration.Events", events),
	}})
	r := policy.deny with input as t.aws("codedeploy", "deployment_groups", [g])
}

test_fails_by_default if {
	deny_for(t.d(false, "/Resources/Group"), t.d(null, "/Resources/Group")) == {{
		"msg": `deployment group "Group" does not roll back failed deployments (AutoRollbackConfiguration.Enabled is false); turn automatic rollback on for DEPLOYMENT_FAILURE`,
		"resource": "Group",
		"src": "/Resources/Group",
	}}
}

test_fails_without_failure_event if {
	deny_for(t.w(true, concat("/", [arc, "Enabled"])), t.w(["DEPLOYMENT_STOP_ON_ALARM"], concat("/", [arc, "Events"]))) == {{
		"msg": `deployment group "Group" does not roll back on DEPLOYMENT_FAILURE; add it to AutoRollbackConfiguration.Events`,
		"resource": "Group",
		"src": concat("/", [arc, "Events"]),
	}}
}

test_passes if {
	count(deny_for(t.w(true, concat("/", [arc, "Enabled"])), t.w(["DEPLOYMENT_FAILURE"], concat("/", [arc, "Events"])))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(concat("/", [arc, "Enabled"])), t.w([], concat("/", [arc, "Events"])))) == 0
	count(deny_for(t.w(true, concat("/", [arc, "Enabled"])), t.u(concat("/", [arc, "Events"])))) == 0
	count(deny_for(t.w(true, concat("/", [arc, "Enabled"])), t.w(["DEPLOYMENT_STOP_ON_ALARM", null], concat("/", [arc, "Events"])))) == 0
}
