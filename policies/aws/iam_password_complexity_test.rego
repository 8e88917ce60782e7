package shipgate.aws.iam_password_complexity_test

import data.shipgate.aws.iam_password_complexity as policy
import data.shipgate.lib.testing as t

src := "/resources/aws_iam_account_password_policy.strict"

deny_for(lower, upper, numbers, symbols) := r if {
	r := policy.deny with input as t.aws("iam", "password_policies", [object.union(
		t.res("aws_iam_account_password_policy.strict", "aws_iam_account_password_policy"),
		{
			"src": src,
			"require_lowercase": t.k("require_lowercase_characters", lower),
			"require_uppercase": t.k("require_uppercase_characters", upper),
			"require_numbers": t.k("require_numbers", numbers),
			"require_symbols": t.k("require_symbols", symbols),
		},
	)])
}

test_defaults_denied_once if {
	deny_for(t.d(false, src), t.d(false, src), t.d(false, src), t.d(false, src)) == {{
		"msg": `password policy "aws_iam_account_password_policy.strict" does not require lowercase letters, uppercase letters, numbers, symbols (require_lowercase_characters, require_uppercase_characters, require_numbers, require_symbols); require every character class`,
		"resource": "aws_iam_account_password_policy.strict",
		"src": src,
	}}
}

test_one_missing_placed_at_it if {
	deny_for(t.w(true, "/l"), t.w(true, "/u"), t.w(false, "/n"), t.w(true, "/s")) == {{
		"msg": `password policy "aws_iam_account_password_policy.strict" does not require numbers (require_numbers); require every character class`,
		"resource": "aws_iam_account_password_policy.strict",
		"src": "/n",
	}}
}

test_all_required_passes if {
	count(deny_for(t.w(true, "/l"), t.w(true, "/u"), t.w(true, "/n"), t.w(true, "/s"))) == 0
}

test_unknown_is_not_named if {
	deny_for(t.u("/l"), t.w(true, "/u"), t.w(true, "/n"), t.w(true, "/s")) == set()
}
