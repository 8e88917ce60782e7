package shipgate.aws.iam_password_reuse_test

import data.shipgate.aws.iam_password_reuse as policy
import data.shipgate.lib.testing as t

src := "/resources/aws_iam_account_password_policy.strict"

deny_for(n) := r if {
	r := policy.deny with input as t.aws("iam", "password_policies", [object.union(
		t.res("aws_iam_account_password_policy.strict", "aws_iam_account_password_policy"),
		{"src": src, "reuse_prevention": t.k("password_reuse_prevention", n)},
	)])
}

test_default_denied if {
	deny_for(t.d(0, src)) == {{
		"msg": `password policy "aws_iam_account_password_policy.strict" lets users reuse any previous password; remember the last 24 passwords (password_reuse_prevention)`,
		"resource": "aws_iam_account_password_policy.strict",
		"src": src,
	}}
}

test_few_denied if {
	some r in deny_for(t.w(5, "/x"))
	contains(r.msg, "remembers only the last 5 passwords")
}

test_twenty_four_passes if {
	count(deny_for(t.w(24, "/x"))) == 0
}

test_unknown_passes if {
	count(deny_for(t.u("/x"))) == 0
}
