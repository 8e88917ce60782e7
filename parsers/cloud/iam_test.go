package cloud

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestIAMPolicies(t *testing.T) {
	const tmpl = `
Resources:
  App:
    Type: AWS::IAM::Role
    Properties:
      RoleName: app-role
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: {Service: lambda.amazonaws.com}
            Action: sts:AssumeRole
      ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess, {Ref: Extra}]
      Policies:
        - PolicyName: inline
          PolicyDocument:
            Statement:
              - {Effect: Allow, Action: "*", Resource: "*"}
  Ops: {Type: AWS::IAM::User, Properties: {UserName: ops}}
  Shared:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      Roles: [{Ref: App}, app-role, unknown-role]
      Users: [ops]
      PolicyDocument: {Ref: DocParam}
  Attach:
    Type: AWS::IAM::RolePolicy
    Properties:
      RoleName: {Ref: App}
      PolicyName: rp
      PolicyDocument:
        Statement: [{Action: [s3:GetObject], Resource: "*"}]
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Policies:
        - AWSLambdaBasicExecutionRole
        - S3ReadPolicy: {BucketName: x}
        - Statement: [{Effect: Deny, Action: "s3:*", Resource: "*"}]
`
	v := adapt(t, tmpl, nil)
	pols := at(t, v, "iam.policies").([]any)
	type brief struct {
		Resource, Type, Src string
		Name                any
		AttachedTo          []any
		State               string
		Actions             []any
	}
	var got []brief
	for _, p := range pols {
		m := p.(map[string]any)
		b := brief{Resource: m["resource"].(string), Type: m["type"].(string), Src: m["src"].(string),
			Name: m["name"].(map[string]any)["value"], AttachedTo: m["attached_to"].([]any), State: m["state"].(string)}
		for _, s := range m["statements"].([]any) {
			b.Actions = append(b.Actions, s.(map[string]any)["actions"].(map[string]any)["value"])
		}
		got = append(got, b)
	}
	want := []brief{
		{"App", "AWS::IAM::Role", "/Resources/App/Properties/Policies/0/PolicyDocument", "inline", []any{"App"}, "written", []any{[]any{"*"}}},
		{"Attach", "AWS::IAM::RolePolicy", "/Resources/Attach/Properties/PolicyDocument", "rp", []any{"App"}, "written", []any{[]any{"s3:GetObject"}}},
		{"Fn", "AWS::Serverless::Function", "/Resources/Fn/Properties/Policies/2", nil, []any{}, "written", []any{[]any{"s3:*"}}},
		{"Shared", "AWS::IAM::ManagedPolicy", "/Resources/Shared/Properties/PolicyDocument", nil, []any{"App", "Ops"}, "unknown", nil},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("policies (-want +got):\n%s", diff)
	}

	const rp = "/Resources/App/Properties"
	wantRole := map[string]any{
		"resource": "App", "type": "AWS::IAM::Role", "src": "/Resources/App",
		"name": w("app-role", rp+"/RoleName"),
		"assume_role_policy": map[string]any{"src": rp + "/AssumeRolePolicyDocument", "state": "written", "statements": []any{map[string]any{
			"src":            rp + "/AssumeRolePolicyDocument/Statement/0",
			"effect":         w("Allow", rp+"/AssumeRolePolicyDocument/Statement/0/Effect"),
			"actions":        w([]any{"sts:AssumeRole"}, rp+"/AssumeRolePolicyDocument/Statement/0/Action"),
			"not_actions":    d([]any{}, rp+"/AssumeRolePolicyDocument/Statement/0"),
			"resources":      d([]any{}, rp+"/AssumeRolePolicyDocument/Statement/0"),
			"not_resources":  d([]any{}, rp+"/AssumeRolePolicyDocument/Statement/0"),
			"principals":     w(map[string]any{"Service": "lambda.amazonaws.com"}, rp+"/AssumeRolePolicyDocument/Statement/0/Principal"),
			"not_principals": d(nil, rp+"/AssumeRolePolicyDocument/Statement/0"),
			"has_condition":  d(false, rp+"/AssumeRolePolicyDocument/Statement/0"),
			"condition":      d(nil, rp+"/AssumeRolePolicyDocument/Statement/0"),
		}}},
		"managed_policy_arns": w([]any{"arn:aws:iam::aws:policy/ReadOnlyAccess", nil}, rp+"/ManagedPolicyArns"),
	}
	if diff := cmp.Diff([]any{wantRole}, at(t, v, "iam.roles")); diff != "" {
		t.Errorf("roles (-want +got):\n%s", diff)
	}
}

// TestSAMRoleIgnoresPolicies: SAM ignores a function's Policies when it
// sets Role, so neither documents nor managed policies are read.
func TestSAMRoleIgnoresPolicies(t *testing.T) {
	v := adapt(t, `
Resources:
  F:
    Type: AWS::Serverless::Function
    Properties:
      Role: arn:aws:iam::123456789012:role/r
      Policies:
        - AdministratorAccess
        - Statement: [{Effect: Allow, Action: "*", Resource: "*"}]`, nil)
	if pols := at(t, v, "iam.policies").([]any); len(pols) != 0 {
		t.Errorf("iam.policies = %v, want none", pols)
	}
	if diff := cmp.Diff(d([]any{}, "/Resources/F/Properties/Role"), at(t, v, "lambda.functions.0.managed_policies")); diff != "" {
		t.Errorf("managed_policies (-want +got):\n%s", diff)
	}
}
