package shipgate.aws.sfn_logging_test

import data.shipgate.aws.sfn_logging as policy
import data.shipgate.lib.testing as t

deny_for(a) := r if {
	item := object.union(t.res("Orders", "AWS::StepFunctions::StateMachine"), {"log_level": t.k("LoggingConfiguration.Level", a)})
	r := policy.deny with input as t.aws("sfn", "state_machines", [item])
}

test_default_off_denied if {
	deny_for(t.d("OFF", "/Resources/Orders")) == {{
		"msg": `state machine "Orders" does not log its executions (LoggingConfiguration.Level is OFF, the default); set it to ERROR or ALL with a log group destination`,
		"resource": "Orders",
		"src": "/Resources/Orders",
	}}
}

test_written_off_denied if {
	count(deny_for(t.w("off", "/Resources/Orders/Properties/LoggingConfiguration/Level"))) == 1
}

test_error_passes if {
	count(deny_for(t.w("ERROR", "/Resources/Orders/Properties/LoggingConfiguration/Level"))) == 0
}

test_unknown_passes if {
	count(deny_for(t.u("/Resources/Orders/Properties/LoggingConfiguration/Level"))) == 0
}
