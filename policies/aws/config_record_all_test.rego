package shipgate.aws.config_record_all_test

import data.shipgate.aws.config_record_all as policy
import data.shipgate.lib.testing as t

attr := "/Resources/Recorder/Properties/RecordingGroup/AllSupported"

strategy_attr := "/Resources/Recorder/Properties/RecordingGroup/RecordingStrategy/UseOnly"

deny_for(all, strategy) := r if {
	rec := object.union(t.res("Recorder", "AWS::Config::ConfigurationRecorder"), {
		"all_supported": t.k("RecordingGroup.AllSupported", all),
		"recording_strategy": t.k("RecordingGroup.RecordingStrategy.UseOnly", strategy),
	})
	r := policy.deny with input as t.aws("config", "recorders", [rec])
}

test_fails_when_not_all_supported if {
	deny_for(t.w(false, attr), t.w("INCLUSION_BY_RESOURCE_TYPES", strategy_attr)) == {{
		"msg": `configuration recorder "Recorder" records only some resource types (RecordingGroup.AllSupported is false); record all supported resource types`,
		"resource": "Recorder",
		"src": attr,
	}}
}

test_fails_for_exclusion_strategy if {
	deny_for(t.d(null, "/Resources/Recorder/Properties/RecordingGroup"), t.w("EXCLUSION_BY_RESOURCE_TYPES", strategy_attr)) == {{
		"msg": `configuration recorder "Recorder" records only some resource types (RecordingGroup.RecordingStrategy.UseOnly is EXCLUSION_BY_RESOURCE_TYPES); record all supported resource types`,
		"resource": "Recorder",
		"src": strategy_attr,
	}}
}

test_passes if {
	count(deny_for(t.w(true, attr), t.w("ALL_SUPPORTED_RESOURCE_TYPES", strategy_attr))) == 0
	count(deny_for(t.w(true, attr), t.d(null, "/Resources/Recorder"))) == 0
	count(deny_for(t.d(null, "/Resources/Recorder"), t.d(null, "/Resources/Recorder"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr), t.u(strategy_attr))) == 0
}
