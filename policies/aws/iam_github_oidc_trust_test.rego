package shipgate.aws.iam_github_oidc_trust_test

import data.shipgate.aws.iam_github_oidc_trust as policy
import data.shipgate.lib.testing as t

src := "/Resources/Deploy/Properties/AssumeRolePolicyDocument/Statement/0"

provider_arn := "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"

statement(principal, condition) := {
	"src": src,
	"effect": t.w("Allow", "/e"),
	"principals": t.w({"Federated": principal}, "/p"),
	"has_condition": t.w(condition != null, "/c"),
	"condition": t.k("AssumeRolePolicyDocument.Statement[].Condition", t.w(condition, "/c")),
}

deny_for(s) := r if {
	role := object.union(t.res("Deploy", "AWS::IAM::Role"), {"assume_role_policy": {"src": "/d", "state": "written", "statements": [s]}})
	r := policy.deny with input as t.aws("iam", "roles", [role])
}

aud := {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}

test_fails_without_sub_condition if {
	deny_for(statement(provider_arn, {"StringEquals": aud})) == {{
		"msg": `role "Deploy" trusts GitHub Actions OIDC tokens without a condition on token.actions.githubusercontent.com:sub (AssumeRolePolicyDocument.Statement[].Condition), so a workflow of any GitHub repository can assume it; restrict the sub claim to your repositories`,
		"resource": "Deploy",
		"src": src,
	}}
	count(deny_for(statement({"Fn::Sub": "arn:aws:iam::${AWS::AccountId}:oidc-provider/token.actions.githubusercontent.com"}, null))) == 1
}

test_fails_on_any_repository if {
	r := deny_for(statement(provider_arn, {"StringEquals": aud, "StringLike": {"token.actions.githubusercontent.com:sub": "repo:*"}}))
	[x.msg | some x in r] == [`role "Deploy" lets a GitHub Actions workflow of any repository assume it (token.actions.githubusercontent.com:sub is "repo:*"); restrict the sub claim to your repositories`]
}

test_passes if {
	count(deny_for(statement(provider_arn, {"StringEquals": aud, "StringLike": {"token.actions.githubusercontent.com:sub": ["repo:acme/api:*", "repo:acme/web:*"]}}))) == 0
	count(deny_for(statement("arn:aws:iam::111122223333:oidc-provider/gitlab.com", null))) == 0
	count(deny_for(statement(provider_arn, {"StringEquals": {"token.actions.githubusercontent.com:sub": "repo:acme/api:ref:refs/heads/main"}}))) == 0
}

test_unknown_does_not_fire if {
	# the sub value is a parameter
	count(deny_for(statement(provider_arn, {"StringLike": {"token.actions.githubusercontent.com:sub": {"Fn::Sub": "repo:${Repo}:*"}}}))) == 0

	# the condition is unknown
	s := object.union(statement(provider_arn, null), {"has_condition": t.w(true, "/c"), "condition": t.k("AssumeRolePolicyDocument.Statement[].Condition", t.u("/c"))})
	count(deny_for(s)) == 0
	s2 := object.union(statement(provider_arn, null), {"has_condition": t.w(true, "/c"), "condition": t.k("AssumeRolePolicyDocument.Statement[].Condition", t.w({"Fn::If": ["C", {}, {}]}, "/c"))})
	count(deny_for(s2)) == 0
}
