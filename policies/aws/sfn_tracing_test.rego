package shipgate.aws.sfn_tracing_test

import data.shipgate.aws.sfn_tracing as policy
import data.shipgate.lib.testing as t

deny_for(a) := r if {
	item := object.union(t.res("Orders", "AWS::StepFunctions::StateMachine"), {"tracing": t.k("TracingConfiguration.Enabled", a)})
	r := policy.deny with input as t.aws("sfn", "state_machines", [item])
}

test_default_denied if {
	deny_for(t.d(false, "/Resources/Orders")) == {{
		"msg": `state machine "Orders" does not trace its executions with X-Ray (TracingConfiguration.Enabled); set it to true`,
		"resource": "Orders",
		"src": "/Resources/Orders",
	}}
}

test_written_false_denied if {
	count(deny_for(t.w(false, "/Resources/Orders/Properties/TracingConfiguration/Enabled"))) == 1
}

test_enabled_passes if {
	count(deny_for(t.w(true, "/x"))) == 0
}

test_unknown_passes if {
	count(deny_for(t.u("/x"))) == 0
}
