package shipgate.aws.waf_logging_test

import data.shipgate.aws.waf_logging as policy
import data.shipgate.lib.testing as t

acl(logging) := object.union(t.res("WebAcl", "AWS::WAFv2::WebACL"), {"logging": t.k("AWS::WAFv2::LoggingConfiguration", logging)})

deny_for(x) := r if {
	r := policy.deny with input as t.aws("waf", "web_acls", [x])
}

test_fails_without_logging if {
	deny_for(acl(t.d(false, "/Resources/WebAcl"))) == {{
		"msg": `web ACL "WebAcl" does not log requests (AWS::WAFv2::LoggingConfiguration); create a logging configuration for it`,
		"resource": "WebAcl",
		"src": "/Resources/WebAcl",
	}}
}

test_passes_with_logging if {
	count(deny_for(acl(t.w(true, "/Resources/WebAclLogging")))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(acl(t.u("/Resources/WebAclLogging")))) == 0
}
