package shipgate.aws.iam_password_max_age_test

import data.shipgate.aws.iam_password_max_age as policy
import data.shipgate.lib.testing as t

src := "/resources/aws_iam_account_password_policy.strict"

deny_for(days) := r if {
	r := policy.deny with input as t.aws("iam", "password_policies", [object.union(
		t.res("aws_iam_account_password_policy.strict", "aws_iam_account_password_policy"),
		{"src": src, "max_age": t.k("max_password_age", days)},
	)])
}

test_default_denied if {
	deny_for(t.d(0, src)) == {{
		"msg": `password policy "aws_iam_account_password_policy.strict" lets passwords live forever; expire passwords within 90 days (max_password_age)`,
		"resource": "aws_iam_account_password_policy.strict",
		"src": src,
	}}
}

test_long_denied if {
	some r in deny_for(t.w(180, "/x"))
	contains(r.msg, "live 180 days")
}

test_ninety_passes if {
	count(deny_for(t.w(90, "/x"))) == 0
}

test_unknown_passes if {
	count(deny_for(t.u("/x"))) == 0
}
