package shipgate.aws.iam_password_length_test

import data.shipgate.aws.iam_password_length as policy
import data.shipgate.lib.testing as t

src := "/resources/aws_iam_account_password_policy.strict"

deny_for(length) := r if {
	r := policy.deny with input as t.aws("iam", "password_policies", [object.union(
		t.res("aws_iam_account_password_policy.strict", "aws_iam_account_password_policy"),
		{"src": src, "minimum_length": t.k("minimum_password_length", length)},
	)])
}

test_default_length_denied if {
	deny_for(t.d(6, src)) == {{
		"msg": `password policy "aws_iam_account_password_policy.strict" allows passwords of 6 characters, IAM's default when the length is not set; require 14 or more (minimum_password_length)`,
		"resource": "aws_iam_account_password_policy.strict",
		"src": src,
	}}
}

test_short_length_denied if {
	count(deny_for(t.w(8, concat("/", [src, "values/minimum_password_length"])))) == 1
}

test_fourteen_passes if {
	count(deny_for(t.w(14, concat("/", [src, "values/minimum_password_length"])))) == 0
}

test_unknown_passes if {
	count(deny_for(t.u(concat("/", [src, "values/minimum_password_length"])))) == 0
}
