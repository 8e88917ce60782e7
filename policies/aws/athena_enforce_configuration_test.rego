package shipgate.aws.athena_enforce_configuration_test

import data.shipgate.aws.athena_enforce_configuration as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::Athena::WorkGroup"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"athena": {"workgroups": objs}}}
}

test_fails if {
	deny_for([obj({"enforce_configuration": t.k("WorkGroupConfiguration.EnforceWorkGroupConfiguration", t.w(false, "/Resources/X/Properties/WorkGroupConfiguration/EnforceWorkGroupConfiguration"))})]) == {{
		"msg": `workgroup "X" lets clients override its result location and encryption; set WorkGroupConfiguration.EnforceWorkGroupConfiguration to true`,
		"resource": "X",
		"src": "/Resources/X/Properties/WorkGroupConfiguration/EnforceWorkGroupConfiguration",
	}}
}

test_passes if {
	count(deny_for([obj({"enforce_configuration": t.k("WorkGroupConfiguration.EnforceWorkGroupConfiguration", t.w(true, "/Resources/X/Properties/WorkGroupConfiguration/EnforceWorkGroupConfiguration"))})])) == 0
	count(deny_for([obj({"enforce_configuration": t.k("WorkGroupConfiguration.EnforceWorkGroupConfiguration", t.d(null, "/Resources/X"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"enforce_configuration": t.k("WorkGroupConfiguration.EnforceWorkGroupConfiguration", t.u("/Resources/X/Properties/WorkGroupConfiguration/EnforceWorkGroupConfiguration"))})])) == 0
}
