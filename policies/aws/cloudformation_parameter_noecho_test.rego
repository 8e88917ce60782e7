package shipgate.aws.cloudformation_parameter_noecho_test

import data.shipgate.aws.cloudformation_parameter_noecho as policy

deny_for(params) := r if {
	r := policy.deny with input as {"kind": "cloudformation", "raw": {"Parameters": params}}
}

test_fails_without_noecho if {
	deny_for({"DBPassword": {"Type": "String"}}) == {{
		"msg": `parameter "DBPassword" looks like it holds a secret but is shown in clear text (NoEcho is not true); set NoEcho to true, or resolve the secret from Secrets Manager instead`,
		"resource": "DBPassword",
		"src": "/Parameters/DBPassword",
	}}
}

test_fails_when_noecho_false if {
	r := deny_for({"GitHubOAuthToken": {"Type": "String", "NoEcho": false}, "StripeApiKey2": {"Type": "String", "NoEcho": "false"}})
	{f.src | some f in r} == {"/Parameters/GitHubOAuthToken/NoEcho", "/Parameters/StripeApiKey2/NoEcho"}
}

test_passes if {
	count(deny_for({
		"DBPassword": {"Type": "String", "NoEcho": true},
		"ClientSecret": {"Type": "String", "NoEcho": "true"},
		"PasswordLength": {"Type": "Number"},
		"DBPasswordSecretArn": {"Type": "String"},
		"TokenExpiry": {"Type": "String"},
		"AdminPassword": {"Type": "AWS::SSM::Parameter::Value<String>"},
		"UsePassword": {"Type": "String"},
		"RequireToken": {"Type": "String", "AllowedValues": ["true", "false"]},
		"AccessKeyId": {"Type": "String"},
	})) == 0
	count(policy.deny) == 0 with input as {"kind": "terraform", "raw": {"resources": {}}}
}

test_parameters_not_a_map_do_not_fire if {
	count(deny_for([{"Type": "String"}])) == 0
	count(deny_for(null)) == 0
}

test_unreadable_parameter_does_not_fire if {
	# A parameter whose type is not written as a string cannot be decided.
	count(deny_for({"DBPassword": {"Type": {"Ref": "X"}}, "ApiToken": "x"})) == 0
}
