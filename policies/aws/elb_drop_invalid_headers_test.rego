package shipgate.aws.elb_drop_invalid_headers_test

import data.shipgate.aws.elb_drop_invalid_headers as policy
import data.shipgate.lib.testing as t

lb(type, drop) := object.union(t.res("Lb", "aws_lb"), {
	"resource": "aws_lb.app",
	"type": t.k("load_balancer_type", type),
	"drop_invalid_headers": t.k("drop_invalid_header_fields", drop),
})

deny_for(x) := r if {
	r := policy.deny with input as t.aws("elb", "load_balancers", [x])
}

test_fails_when_not_dropping if {
	deny_for(lb(t.d("application", "/r"), t.w(false, "/r/values/drop_invalid_header_fields"))) == {{
		"msg": `application load balancer "aws_lb.app" passes invalid HTTP header fields to its targets; set drop_invalid_header_fields to true`,
		"resource": "aws_lb.app",
		"src": "/r/values/drop_invalid_header_fields",
	}}
	count(deny_for(lb(t.d("application", "/r"), t.d(false, "/r")))) == 1
}

test_passes if {
	count(deny_for(lb(t.d("application", "/r"), t.w(true, "/x")))) == 0
	count(deny_for(lb(t.w("network", "/x"), t.d(false, "/r")))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(lb(t.d("application", "/r"), t.u("/x")))) == 0
	count(deny_for(lb(t.u("/x"), t.d(false, "/r")))) == 0
}
