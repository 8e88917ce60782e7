package cloudformation

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

const header = `Parameters:
  Env: {Type: String, Default: prod}
  NoDefault: {Type: String}
  Subnets: {Type: CommaDelimitedList, Default: "a, b,c"}
  Ids: {Type: "List<AWS::EC2::Subnet::Id>", Default: "s-1,s-2"}
  Count: {Type: Number, Default: "3"}
  Ami: {Type: "AWS::SSM::Parameter::Value<String>", Default: /aws/ami}
Mappings:
  Region:
    us-east-1: {Ami: ami-1, Zones: [a, b]}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Not [!Condition IsProd]
  Unknown: !Equals [!Ref AWS::AccountId, "123"]
Resources:
  Other:
    Type: AWS::SNS::Topic
  R:
    Type: AWS::SQS::Queue
    Properties:
      V: `

// value parses a template whose R resource has property V set to expr and
// returns the resolved V.
func value(t *testing.T, expr string, params map[string]string) any {
	t.Helper()
	tpl := mustParse(t, header+expr+"\n", params)
	props := at(t, tpl.Doc.Raw, "Resources", "R", "Properties").(map[string]any)
	return props["V"]
}

func TestShortTags(t *testing.T) {
	tests := []struct {
		expr string
		want any
	}{
		{"!Ref Other", map[string]any{"Ref": "Other"}},
		{"!Sub '${Other}'", map[string]any{"Fn::Sub": "${Other}"}},
		{"!GetAtt Other.TopicName", map[string]any{"Fn::GetAtt": []any{"Other", "TopicName"}}},
		{"!GetAtt Other.A.B", map[string]any{"Fn::GetAtt": []any{"Other", "A.B"}}},
		{"!GetAtt [Other, Arn]", map[string]any{"Fn::GetAtt": []any{"Other", "Arn"}}},
		{"!If [Unknown, a, b]", map[string]any{"Fn::If": []any{"Unknown", "a", "b"}}},
		{"!Join ['', [!Ref Other, x]]", map[string]any{"Fn::Join": []any{"", []any{map[string]any{"Ref": "Other"}, "x"}}}},
		{"!Select [0, !GetAZs '']", map[string]any{"Fn::Select": []any{0, map[string]any{"Fn::GetAZs": ""}}}},
		{"!Split [',', !Ref Other]", map[string]any{"Fn::Split": []any{",", map[string]any{"Ref": "Other"}}}},
		{"!FindInMap [Region, !Ref Other, Ami]", map[string]any{"Fn::FindInMap": []any{"Region", map[string]any{"Ref": "Other"}, "Ami"}}},
		{"!ImportValue shared-vpc", map[string]any{"Fn::ImportValue": "shared-vpc"}},
		{"!Base64 {Ref: Other}", map[string]any{"Fn::Base64": map[string]any{"Ref": "Other"}}},
		{"!Cidr ['10.0.0.0/16', 4, 8]", map[string]any{"Fn::Cidr": []any{"10.0.0.0/16", 4, 8}}},
		{"!GetAZs us-east-1", map[string]any{"Fn::GetAZs": "us-east-1"}},
		{"!Equals [a, b]", map[string]any{"Fn::Equals": []any{"a", "b"}}},
		{"!And [!Condition IsProd, !Condition Unknown]", map[string]any{"Fn::And": []any{map[string]any{"Condition": "IsProd"}, map[string]any{"Condition": "Unknown"}}}},
		{"!Or [!Condition IsProd]", map[string]any{"Fn::Or": []any{map[string]any{"Condition": "IsProd"}}}},
		{"!Not [!Condition IsProd]", map[string]any{"Fn::Not": []any{map[string]any{"Condition": "IsProd"}}}},
		{"!Condition IsProd", map[string]any{"Condition": "IsProd"}},
		{"!Transform {Name: AWS::Include, Parameters: {Location: s3://b/k}}", map[string]any{"Fn::Transform": map[string]any{"Name": "AWS::Include", "Parameters": map[string]any{"Location": "s3://b/k"}}}},
		{"!Length {Ref: Other}", map[string]any{"Fn::Length": map[string]any{"Ref": "Other"}}},
		{"!ToJsonString {a: !Ref Other}", map[string]any{"Fn::ToJsonString": map[string]any{"a": map[string]any{"Ref": "Other"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.expr, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, value(t, tt.expr, nil)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestIntrinsics(t *testing.T) {
	tests := []struct {
		name   string
		expr   string
		params map[string]string
		want   any
	}{
		{"ref parameter default", "!Ref Env", nil, "prod"},
		{"ref parameter override", "!Ref Env", map[string]string{"Env": "dev"}, "dev"},
		{"ref parameter without value stays", "!Ref NoDefault", nil, map[string]any{"Ref": "NoDefault"}},
		{"ref comma-delimited list", "!Ref Subnets", nil, []any{"a", "b", "c"}},
		{"ref List<> type", "!Ref Ids", nil, []any{"s-1", "s-2"}},
		{"ref list override", "!Ref Ids", map[string]string{"Ids": "x"}, []any{"x"}},
		{"ref number", "!Ref Count", nil, 3},
		{"ref ssm parameter stays unknown", "!Ref Ami", nil, map[string]any{"Ref": "Ami"}},
		{"region stays unknown", "!Ref AWS::Region", nil, map[string]any{"Ref": "AWS::Region"}},
		{"region override", "!Ref AWS::Region", map[string]string{"AWS::Region": "eu-west-1"}, "eu-west-1"},
		{"ref partition", "!Ref AWS::Partition", nil, "aws"},
		{"ref url suffix", "!Ref AWS::URLSuffix", nil, "amazonaws.com"},
		{"partition follows region override", "!Ref AWS::Partition", map[string]string{"AWS::Region": "cn-north-1"}, "aws-cn"},
		{"url suffix follows region override", "!Ref AWS::URLSuffix", map[string]string{"AWS::Region": "cn-north-1"}, "amazonaws.com.cn"},
		{"govcloud partition", "!Ref AWS::Partition", map[string]string{"AWS::Region": "us-gov-west-1"}, "aws-us-gov"},
		{"partition override wins", "!Ref AWS::Partition", map[string]string{"AWS::Region": "cn-north-1", "AWS::Partition": "aws"}, "aws"},
		{"account id stays unknown", "!Ref AWS::AccountId", nil, map[string]any{"Ref": "AWS::AccountId"}},
		{"account id override", "!Ref AWS::AccountId", map[string]string{"AWS::AccountId": "111"}, "111"},
		{"stack name stays unknown", "!Ref AWS::StackName", nil, map[string]any{"Ref": "AWS::StackName"}},
		{"stack id stays unknown", "!Ref AWS::StackId", nil, map[string]any{"Ref": "AWS::StackId"}},
		{"notification arns stay unknown", "!Ref AWS::NotificationARNs", nil, map[string]any{"Ref": "AWS::NotificationARNs"}},
		{"notification arns override", "!Ref AWS::NotificationARNs", map[string]string{"AWS::NotificationARNs": "arn:a, arn:b"}, []any{"arn:a", "arn:b"}},
		{"sub with unknown region keeps it", "!Sub 'arn:${AWS::Partition}:s3:::${Env}-${AWS::Region}'", nil, map[string]any{"Fn::Sub": "arn:aws:s3:::prod-${AWS::Region}"}},
		{"sub with region override", "!Sub '${Env}-${AWS::Region}'", map[string]string{"AWS::Region": "eu-west-1"}, "prod-eu-west-1"},
		{"ref resource stays", "!Ref Other", nil, map[string]any{"Ref": "Other"}},
		{"long form ref", "{Ref: Env}", nil, "prod"},
		{"sub string", "!Sub 'arn:${AWS::Partition}:s3:::${Env}-x'", nil, "arn:aws:s3:::prod-x"},
		{"sub literal escape", "!Sub '${!Literal}-${Env}'", nil, "${Literal}-prod"},
		{"sub with variable map", "!Sub ['${A}-${Env}', {A: !Ref Env}]", nil, "prod-prod"},
		{"sub partly unknown keeps known parts", "!Sub '${Other}-${Env}'", nil, map[string]any{"Fn::Sub": "${Other}-prod"}},
		{"sub getatt unknown", "!Sub '${Other.TopicName}'", nil, map[string]any{"Fn::Sub": "${Other.TopicName}"}},
		{"sub map with unknown var", "!Sub ['${A}-${B}', {A: x, B: !Ref Other}]", nil, map[string]any{"Fn::Sub": []any{"x-${B}", map[string]any{"B": map[string]any{"Ref": "Other"}}}}},
		{"join", "!Join ['-', [a, !Ref Env, 1]]", nil, "a-prod-1"},
		{"join list parameter", "!Join [',', !Ref Subnets]", nil, "a,b,c"},
		{"join unknown", "!Join ['-', [a, !Ref Other]]", nil, map[string]any{"Fn::Join": []any{"-", []any{"a", map[string]any{"Ref": "Other"}}}}},
		{"select literal", "!Select [1, [a, b, c]]", nil, "b"},
		{"select string index", "!Select ['0', !Ref Subnets]", nil, "a"},
		{"select out of range stays", "!Select [5, [a]]", nil, map[string]any{"Fn::Select": []any{5, []any{"a"}}}},
		{"select unknown list", "!Select [0, !GetAZs '']", nil, map[string]any{"Fn::Select": []any{0, map[string]any{"Fn::GetAZs": ""}}}},
		{"split", "!Split [',', 'a,b']", nil, []any{"a", "b"}},
		{"find in map by unknown region stays", "!FindInMap [Region, !Ref AWS::Region, Ami]", nil, map[string]any{"Fn::FindInMap": []any{"Region", map[string]any{"Ref": "AWS::Region"}, "Ami"}}},
		{"find in map by region override", "!FindInMap [Region, !Ref AWS::Region, Ami]", map[string]string{"AWS::Region": "us-east-1"}, "ami-1"},
		{"find in map list", "!FindInMap [Region, us-east-1, Zones]", nil, []any{"a", "b"}},
		{"find in map default", "!FindInMap [Region, eu-west-1, Ami, {DefaultValue: ami-0}]", nil, "ami-0"},
		{"find in map missing stays", "!FindInMap [Region, eu-west-1, Ami]", nil, map[string]any{"Fn::FindInMap": []any{"Region", "eu-west-1", "Ami"}}},
		{"if true", "!If [IsProd, yes-branch, no-branch]", nil, "yes-branch"},
		{"if false", "!If [IsDev, yes-branch, no-branch]", nil, "no-branch"},
		{"if with override", "!If [IsProd, a, b]", map[string]string{"Env": "dev"}, "b"},
		{"if undecidable keeps both branches resolved", "!If [Unknown, !Ref Env, !Ref AWS::NoValue]", nil, map[string]any{"Fn::If": []any{"Unknown", "prod", map[string]any{"Ref": "AWS::NoValue"}}}},
		{"if unknown condition name", "!If [Nope, a, b]", nil, map[string]any{"Fn::If": []any{"Nope", "a", "b"}}},
		{"base64", `!Base64 {"Fn::Sub": "${Env}"}`, nil, "cHJvZA=="},
		{"base64 unknown", "!Base64 {Ref: Other}", nil, map[string]any{"Fn::Base64": map[string]any{"Ref": "Other"}}},
		{"getazs stays", "!GetAZs ''", nil, map[string]any{"Fn::GetAZs": ""}},
		{"getatt inner resolved", "!GetAtt [Other, !Ref Env]", nil, map[string]any{"Fn::GetAtt": []any{"Other", "prod"}}},
		{"importvalue inner resolved", `!ImportValue {"Fn::Sub": "${Env}-vpc"}`, nil, map[string]any{"Fn::ImportValue": "prod-vpc"}},
		{"length", "!Length {Ref: Subnets}", nil, 3},
		{"to json string", "!ToJsonString {a: !Ref Env, b: [1]}", nil, `{"a":"prod","b":[1]}`},
		{"nested", "!Join ['', [!Select [0, !Split ['.', !Sub '${Env}.x']], !If [IsProd, '!', '?']]]", nil, "prod!"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, value(t, tt.expr, tt.params)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.expr, diff)
			}
		})
	}
}

func TestNoValue(t *testing.T) {
	tpl := mustParse(t, header+`x
      Gone: !Ref AWS::NoValue
      GoneIf: !If [IsProd, !Ref AWS::NoValue, kept]
      List: [a, !Ref AWS::NoValue, !If [IsDev, x, !Ref AWS::NoValue], b]
`, nil)
	props := at(t, tpl.Doc.Raw, "Resources", "R", "Properties")
	want := map[string]any{"V": "x", "List": []any{"a", "b"}}
	if diff := cmp.Diff(want, props); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	src := tpl.Doc.Source
	for _, ptr := range []string{"/Resources/R/Properties/Gone", "/Resources/R/Properties/GoneIf", "/Resources/R/Properties/List/2"} {
		if _, ok := src[ptr]; ok {
			t.Errorf("removed %q still has a range", ptr)
		}
	}
	// The list item after the removed ones is renumbered, with its own range.
	if diff := cmp.Diff(rng(24, 71, 24, 72), src["/Resources/R/Properties/List/1"]); diff != "" {
		t.Errorf("range of renumbered item (-want +got):\n%s", diff)
	}
}

func TestResolvedRanges(t *testing.T) {
	tpl := mustParse(t, header+`!Sub '${Env}-x'
      Branch: !If
        - IsProd
        - {Name: a}
        - {Name: b}
      Kept: !If [Unknown, {Name: a}, {Name: b}]
      Param: !Ref Subnets
`, nil)
	tests := []struct {
		ptr  string
		want any
	}{
		{"/Resources/R/Properties/V", rng(21, 7, 21, 25)},            // computed: the whole entry
		{"/Resources/R/Properties/Branch", rng(24, 11, 24, 20)},      // the chosen branch
		{"/Resources/R/Properties/Branch/Name", rng(24, 12, 24, 19)}, // inside the branch
		{"/Resources/R/Properties/Kept/Fn::If/1/Name", rng(26, 28, 26, 35)},
		{"/Resources/R/Properties/Param/1", rng(27, 7, 27, 26)}, // computed list item
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, tpl.Doc.Source[tt.ptr]); diff != "" {
			t.Errorf("range of %q (-want +got):\n%s", tt.ptr, diff)
		}
	}
	if _, ok := tpl.Doc.Source["/Resources/R/Properties/Branch/Fn::If"]; ok {
		t.Error("resolved Fn::If left a range under its own key")
	}
}

func TestConditions(t *testing.T) {
	src := `Parameters:
  Env: {Type: String, Default: prod}
  Free: {Type: String}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Not [!Condition IsProd]
  Free: !Equals [!Ref Free, x]
  Both: !And [!Condition IsProd, !Condition Free]
  Either: !Or [!Condition IsProd, !Condition Free]
  Neither: !And [!Condition IsDev, !Condition Free]
  Nested: !Or [!And [!Condition IsProd, !Not [!Condition IsDev]], !Condition Free]
  Number: !Equals [1, "1"]
  LoopA: !Condition LoopB
  LoopB: !Not [!Condition LoopA]
  Region: !Equals [!Ref AWS::Region, us-east-1]
  NotRegion: !Not [!Condition Region]
Resources:
  Prod: {Type: AWS::SNS::Topic, Condition: IsProd}
  Dev: {Type: AWS::SNS::Topic, Condition: IsDev}
  Maybe: {Type: AWS::SNS::Topic, Condition: Free}
  UsEast1Only: {Type: AWS::SNS::Topic, Condition: Region}
  ElsewhereOnly: {Type: AWS::SNS::Topic, Condition: NotRegion}
`
	tr, fa := true, false
	tests := []struct {
		name   string
		params map[string]string
		conds  map[string]*bool
		falses map[string]bool
		// conditional holds the resources whose Condition is undecidable:
		// they are checked, and their findings name the condition.
		conditional map[string]string
	}{
		{
			name: "defaults",
			conds: map[string]*bool{
				"IsProd": &tr, "IsDev": &fa, "Free": nil, "Both": nil, "Either": &tr,
				"Neither": &fa, "Nested": &tr, "Number": &tr, "LoopA": nil, "LoopB": nil, "Region": nil,
				"NotRegion": nil,
			},
			falses:      map[string]bool{"Dev": true},
			conditional: map[string]string{"Maybe": "Free", "UsEast1Only": "Region", "ElsewhereOnly": "NotRegion"},
		},
		{
			name:   "overrides",
			params: map[string]string{"Env": "dev", "Free": "x", "AWS::Region": "eu-west-1"},
			conds: map[string]*bool{
				"IsProd": &fa, "IsDev": &tr, "Free": &tr, "Both": &fa, "Either": &tr,
				"Neither": &tr, "Nested": &tr, "Number": &tr, "LoopA": nil, "LoopB": nil, "Region": &fa,
				"NotRegion": &tr,
			},
			falses: map[string]bool{"Prod": true, "UsEast1Only": true},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tpl := mustParse(t, src, tt.params)
			if diff := cmp.Diff(tt.conds, tpl.Conditions); diff != "" {
				t.Errorf("conditions (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.falses, tpl.FalseConditionResources); diff != "" {
				t.Errorf("false-condition resources (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.conditional, tpl.Doc.Conditional); diff != "" {
				t.Errorf("conditional resources (-want +got):\n%s", diff)
			}
			if _, ok := at(t, tpl.Doc.Raw, "Resources").(map[string]any)["Dev"]; !ok {
				t.Error("a resource with a false condition must stay in Raw")
			}
		})
	}
}
