package shipgate.aws.cloudwatch_alarm_actions_test

import data.shipgate.aws.cloudwatch_alarm_actions as policy
import data.shipgate.lib.testing as t

alarm(actions, enabled) := object.union(t.res("Errors", "AWS::CloudWatch::Alarm"), {
	"name": t.k("AlarmName", t.w("api-errors", "/Resources/Errors/Properties/AlarmName")),
	"alarm_actions": t.k("AlarmActions", actions),
	"actions_enabled": t.k("ActionsEnabled", enabled),
})

on := t.d(true, "/Resources/Errors")

none := t.d([], "/Resources/Errors")

view(alarms, composites, groups) := sam_view(alarms, composites, groups, [])

sam_view(alarms, composites, groups, functions) := {"kind": "cloudformation", "path": "t.yaml", "raw": {}, "aws": {
	"cloudwatch": {"alarms": alarms, "composite_alarms": composites},
	"codedeploy": {"deployment_groups": groups},
	"lambda": {"functions": functions},
}}

deny_for(a) := r if {
	r := policy.deny with input as view([a], [], [])
}

sam_function(alarms) := {"deployment_alarms": t.k("DeploymentPreference.Alarms", alarms)}

test_fails_without_actions if {
	deny_for(alarm(none, on)) == {{
		"msg": `alarm "Errors" has no alarm actions, so it notifies no one; set AlarmActions to an SNS topic or another action`,
		"resource": "Errors",
		"src": "/Resources/Errors",
	}}
	deny_for(alarm(t.w(["arn:aws:sns:eu-west-1:111122223333:on-call"], "/a"), t.w(false, "/e"))) == {{
		"msg": `alarm "Errors" has its actions disabled, so it notifies no one; set ActionsEnabled to true`,
		"resource": "Errors",
		"src": "/e",
	}}
}

test_passes_with_actions if {
	count(deny_for(alarm(t.w(["arn:aws:sns:eu-west-1:111122223333:on-call"], "/a"), on))) == 0
	count(deny_for(alarm(t.w([null], "/a"), on))) == 0
}

test_watched_alarms_pass if {
	composite := {"rule": t.k("AlarmRule", t.w(`ALARM("api-errors") OR ALARM("latency")`, "/r"))}
	count(policy.deny) == 0 with input as view([alarm(none, on)], [composite], [])
	group := {"alarms": {"names": t.k("AlarmConfiguration.Alarms[].Name", t.w(["api-errors"], "/n"))}}
	count(policy.deny) == 0 with input as view([alarm(none, on)], [], [group])
	other := {"alarms": {"names": t.k("AlarmConfiguration.Alarms[].Name", t.w(["other"], "/n"))}}
	count(policy.deny) == 1 with input as view([alarm(none, on)], [], [other])
	count(policy.deny) == 0 with input as sam_view([alarm(none, on)], [], [], [sam_function(t.w(["Errors"], "/s"))])
	count(policy.deny) == 1 with input as sam_view([alarm(none, on)], [], [], [sam_function(t.d([], "/s"))])
}

test_unknown_does_not_fire if {
	count(deny_for(alarm(t.u("/a"), on))) == 0
	count(deny_for(alarm(t.w([], "/a"), t.u("/e")))) == 1
	count(deny_for(alarm(t.w(["x"], "/a"), t.u("/e")))) == 0
	composite := {"rule": t.k("AlarmRule", t.u("/r"))}
	count(policy.deny) == 0 with input as view([alarm(none, on)], [composite], [])
	group := {"alarms": {"names": t.k("AlarmConfiguration.Alarms[].Name", t.w([null], "/n"))}}
	count(policy.deny) == 0 with input as view([alarm(none, on)], [], [group])
	count(policy.deny) == 0 with input as sam_view([alarm(none, on)], [], [], [sam_function(t.w([null], "/s"))])
}
