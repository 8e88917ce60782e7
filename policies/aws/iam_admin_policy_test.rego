package shipgate.aws.iam_admin_policy_test

import data.shipgate.aws.iam_admin_policy as policy
import data.shipgate.lib.testing as t

src := "/Resources/Deployer/Properties/Policies/0/PolicyDocument/Statement/0"

statement(effect, actions, resources) := {
	"src": src,
	"effect": effect,
	"actions": actions,
	"resources": resources,
	"has_condition": t.d(false, src),
}

deny_for(s) := r if {
	p := object.union(t.res("Deployer", "AWS::IAM::Role"), {
		"src": "/Resources/Deployer/Properties/Policies/0/PolicyDocument",
		"name": t.w("admin", "/Resources/Deployer/Properties/Policies/0/PolicyName"),
		"statements": [s],
	})
	r := policy.deny with input as t.aws("iam", "policies", [p])
}

act(v) := t.w(v, concat("/", [src, "Action"]))

rsc(v) := t.w(v, concat("/", [src, "Resource"]))

test_fails_on_star_star if {
	deny_for(statement(t.w("Allow", src), act(["*"]), rsc(["*"]))) == {{
		"msg": `policy "Deployer" allows action "*" on every resource; grant only the actions and resources the principal needs`,
		"resource": "Deployer",
		"src": src,
	}}
}

test_fails_on_default_effect_and_star_colon_star if {
	count(deny_for(statement(t.d("Allow", src), act(["s3:GetObject", "*:*"]), rsc(["*"])))) == 1
}

test_passes if {
	count(deny_for(statement(t.w("Allow", src), act(["s3:*"]), rsc(["*"])))) == 0
	count(deny_for(statement(t.w("Allow", src), act(["*"]), rsc(["arn:aws:s3:::b/*"])))) == 0
	count(deny_for(statement(t.w("Deny", src), act(["*"]), rsc(["*"])))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(statement(t.u(src), act(["*"]), rsc(["*"])))) == 0
	count(deny_for(statement(t.w("Allow", src), t.u(src), rsc(["*"])))) == 0
	count(deny_for(statement(t.w("Allow", src), act([null]), rsc(["*"])))) == 0
	count(deny_for(statement(t.w("Allow", src), act(["*"]), rsc([null])))) == 0
}

test_fails_on_iam_star if {
	deny_for(statement(t.w("Allow", src), act(["IAM:*"]), rsc(["*"]))) == {{
		"msg": `policy "Deployer" allows action "IAM:*" on every resource, which lets it grant itself any permission; grant only the actions and resources the principal needs`,
		"resource": "Deployer",
		"src": src,
	}}
	count(deny_for(statement(t.w("Allow", src), act(["iam:*"]), rsc(["arn:aws:iam::123456789012:role/app-*"])))) == 0
}

arns_src(id) := concat("/", ["/Resources", id, "Properties/ManagedPolicyArns"])

identity(id, type, arns) := object.union(t.res(id, type), {"managed_policy_arns": t.k("ManagedPolicyArns", arns)})

managed_input(roles, users, groups) := {"aws": {
	"iam": {"policies": [], "roles": roles, "users": users, "groups": groups},
	"lambda": {"functions": []},
}}

test_fails_on_managed_admin_policies if {
	r := policy.deny with input as managed_input(
		[identity("Deploy", "AWS::IAM::Role", t.w(["arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/AdministratorAccess"], arns_src("Deploy")))],
		[identity("Ops", "AWS::IAM::User", t.w(["arn:aws-us-gov:iam::aws:policy/IAMFullAccess"], arns_src("Ops")))],
		[identity("Admins", "AWS::IAM::Group", t.w(["arn:aws:iam::aws:policy/AdministratorAccess"], arns_src("Admins")))],
	)
	r == {
		{
			"msg": `role "Deploy" has the AWS managed policy "AdministratorAccess" attached (ManagedPolicyArns), which allows every action on every resource; attach a policy with only the actions and resources it needs`,
			"resource": "Deploy",
			"src": arns_src("Deploy"),
		},
		{
			"msg": `user "Ops" has the AWS managed policy "IAMFullAccess" attached (ManagedPolicyArns), which allows iam:* on every resource, which lets it grant itself any permission; attach a policy with only the actions and resources it needs`,
			"resource": "Ops",
			"src": arns_src("Ops"),
		},
		{
			"msg": `group "Admins" has the AWS managed policy "AdministratorAccess" attached (ManagedPolicyArns), which allows every action on every resource; attach a policy with only the actions and resources it needs`,
			"resource": "Admins",
			"src": arns_src("Admins"),
		},
	}
}

test_passes_other_managed_policies if {
	roles := [identity("Deploy", "AWS::IAM::Role", t.w(
		[
			"arn:aws:iam::aws:policy/PowerUserAccess",
			"arn:aws:iam::123456789012:policy/AdministratorAccess",
			"arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
		],
		arns_src("Deploy"),
	))]
	count(policy.deny) == 0 with input as managed_input(roles, [], [])
}

test_managed_unknown_does_not_fire if {
	count(policy.deny) == 0 with input as managed_input([identity("Deploy", "AWS::IAM::Role", t.u(arns_src("Deploy")))], [], [])
	count(policy.deny) == 0 with input as managed_input([identity("Deploy", "AWS::IAM::Role", t.w([null], arns_src("Deploy")))], [], [])
}

fn(policies) := object.union(t.res("Api", "AWS::Serverless::Function"), {"managed_policies": t.k("Policies", policies)})

fn_input(f) := {"aws": {"iam": {"policies": [], "roles": [], "users": [], "groups": []}, "lambda": {"functions": [f]}}}

test_fails_on_sam_function_admin_policy if {
	r := policy.deny with input as fn_input(fn(t.w(["AWSLambdaBasicExecutionRole", "AdministratorAccess"], "/Resources/Api/Properties/Policies")))
	r == {{
		"msg": `function "Api" is given the AWS managed policy "AdministratorAccess" (Policies), which allows every action on every resource; give it a policy with only the actions and resources it needs`,
		"resource": "Api",
		"src": "/Resources/Api/Properties/Policies",
	}}
	count(policy.deny) == 1 with input as fn_input(fn(t.w(["arn:aws:iam::aws:policy/IAMFullAccess"], "/Resources/Api/Properties/Policies")))
	count(policy.deny) == 0 with input as fn_input(fn(t.d([], "/Resources/Api")))
	count(policy.deny) == 0 with input as fn_input(fn(t.u("/Resources/Api/Properties/Policies")))
}
