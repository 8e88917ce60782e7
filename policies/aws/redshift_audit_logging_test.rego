package shipgate.aws.redshift_audit_logging_test

import data.shipgate.aws.redshift_audit_logging as policy
import data.shipgate.lib.testing as t

obj(attrs) := object.union(t.res("X", "AWS::Redshift::Cluster"), attrs)

deny_for(objs) := r if {
	r := policy.deny with input as {"aws": {"redshift": {"clusters": objs}}}
}

test_fails if {
	deny_for([obj({"logging": t.k("LoggingProperties", t.d(false, "/Resources/X"))})]) == {{
		"msg": `Redshift cluster "X" has no audit logging; configure LoggingProperties`,
		"resource": "X",
		"src": "/Resources/X",
	}}
}

test_passes if {
	count(deny_for([obj({"logging": t.k("LoggingProperties", t.w(true, "/Resources/X/Properties/LoggingProperties"))})])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([obj({"logging": t.k("LoggingProperties", t.u("/Resources/X/Properties/LoggingProperties"))})])) == 0
}
