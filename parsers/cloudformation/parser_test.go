package cloudformation

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/scanner/model"
)

func mustParse(t *testing.T, src string, params map[string]string) *Template {
	t.Helper()
	tpl, err := (&Parser{Params: params}).ParseTemplate("t.yaml", []byte(src))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	checkRanges(t, "t.yaml", []byte(src), docRanges(tpl.Doc))
	return tpl
}

// at follows a JSON pointer of plain tokens through a raw tree.
func at(t *testing.T, v any, ptr ...string) any {
	t.Helper()
	for _, p := range ptr {
		switch x := v.(type) {
		case map[string]any:
			v = x[p]
		case []any:
			i := 0
			for _, c := range p {
				i = i*10 + int(c-'0')
			}
			if i >= len(x) {
				t.Fatalf("index %s out of range in %v", p, x)
			}
			v = x[i]
		default:
			t.Fatalf("cannot index %T with %q", v, p)
		}
	}
	return v
}

func rng(l1, c1, l2, c2 int) model.Range {
	return model.Range{File: "t.yaml", Start: model.Pos{Line: l1, Col: c1}, End: model.Pos{Line: l2, Col: c2}}
}

func TestRanges(t *testing.T) {
	yamlSrc := `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      Tags:
        - Key: a
          Value: b
        - {Key: c, Value: 'd'}
      Literal: |
        line one
          line two

      Folded: >-
        folded
        text
      Plain: first
        second
      Quoted: "multi
        line"
      Empty:
      Alias: &anchor [1, 2]
      Again: *anchor
      Short: !Ref Other
      Text: ét é # comment
  Other:
    Type: AWS::SNS::Topic
`
	jsonSrc := "{\n  \"Resources\": {\n    \"Q\": {\n      \"Type\": \"AWS::SQS::Queue\",\n      \"Properties\": {\"DelaySeconds\": 5, \"Tags\": [\n        {\"Key\": \"k\"}\n      ]}\n    }\n  }\n}\n"
	tests := []struct {
		name string
		src  string
		ptr  string
		want model.Range
	}{
		{"root covers the file", yamlSrc, "", rng(1, 1, 28, 1)},
		{"top-level key/value", yamlSrc, "/AWSTemplateFormatVersion", rng(1, 1, 1, 39)},
		{"resource runs from key to last value", yamlSrc, "/Resources/Bucket", rng(3, 3, 25, 19)},
		{"scalar entry", yamlSrc, "/Resources/Bucket/Type", rng(4, 5, 4, 26)},
		{"block list item", yamlSrc, "/Resources/Bucket/Properties/Tags/0", rng(7, 11, 8, 19)},
		{"entry in list item", yamlSrc, "/Resources/Bucket/Properties/Tags/0/Value", rng(8, 11, 8, 19)},
		{"flow map item", yamlSrc, "/Resources/Bucket/Properties/Tags/1", rng(9, 11, 9, 31)},
		{"entry in flow map", yamlSrc, "/Resources/Bucket/Properties/Tags/1/Value", rng(9, 20, 9, 30)},
		{"literal block scalar", yamlSrc, "/Resources/Bucket/Properties/Literal", rng(10, 7, 12, 19)},
		{"folded block scalar", yamlSrc, "/Resources/Bucket/Properties/Folded", rng(14, 7, 16, 13)},
		{"multi-line plain scalar", yamlSrc, "/Resources/Bucket/Properties/Plain", rng(17, 7, 18, 15)},
		{"multi-line quoted scalar", yamlSrc, "/Resources/Bucket/Properties/Quoted", rng(19, 7, 20, 14)},
		{"empty value", yamlSrc, "/Resources/Bucket/Properties/Empty", rng(21, 7, 21, 13)},
		{"anchored flow list", yamlSrc, "/Resources/Bucket/Properties/Alias", rng(22, 7, 22, 28)},
		{"alias", yamlSrc, "/Resources/Bucket/Properties/Again", rng(23, 7, 23, 21)},
		{"alias content keeps the anchor's ranges", yamlSrc, "/Resources/Bucket/Properties/Again/1", rng(22, 26, 22, 27)},
		{"short-form tag computed", yamlSrc, "/Resources/Bucket/Properties/Short", rng(24, 7, 24, 24)},
		{"short-form tag inner", yamlSrc, "/Resources/Bucket/Properties/Short/Ref", rng(24, 14, 24, 24)},
		{"byte columns after multibyte text", yamlSrc, "/Resources/Bucket/Properties/Text", rng(25, 7, 25, 19)},
		{"json resource", jsonSrc, "/Resources/Q", rng(3, 5, 8, 6)},
		{"json number", jsonSrc, "/Resources/Q/Properties/DelaySeconds", rng(5, 22, 5, 39)},
		{"json nested list item", jsonSrc, "/Resources/Q/Properties/Tags/0", rng(6, 9, 6, 21)},
		{"json list", jsonSrc, "/Resources/Q/Properties/Tags", rng(5, 41, 7, 8)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tpl := mustParse(t, tt.src, nil)
			got, ok := tpl.Doc.Source[tt.ptr]
			if !ok {
				t.Fatalf("no range for %q", tt.ptr)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("range of %q (-want +got):\n%s", tt.ptr, diff)
			}
		})
	}
}

func TestScalars(t *testing.T) {
	tpl := mustParse(t, `Resources:
  R:
    Type: AWS::SNS::Topic
    Properties:
      Int: 42
      Hex: 0x1F
      Float: 1.5
      Exp: 1e3
      Bool: true
      QuotedBool: "true"
      QuotedInt: '42'
      Null: ~
      Version: 2010-09-09
      Tagged: !!str 12
      Inf: .inf
      Yes: yes
`, nil)
	want := map[string]any{
		"Int": 42, "Hex": 31, "Float": 1.5, "Exp": 1000.0, "Bool": true, "QuotedBool": "true",
		"QuotedInt": "42", "Null": nil, "Version": "2010-09-09", "Tagged": "12", "Inf": ".inf", "Yes": "yes",
	}
	if diff := cmp.Diff(want, at(t, tpl.Doc.Raw, "Resources", "R", "Properties")); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestDocument(t *testing.T) {
	src := "Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n  a/b~c:\n    Type: Custom::Thing\n  Odd:\n    Type: AWS::Nope::Thing\n  Skill:\n    Type: Alexa::ASK::Skill\n"
	tpl := mustParse(t, src, nil)
	doc := tpl.Doc
	if doc.Kind != model.KindCloudFormation || doc.Path != "t.yaml" {
		t.Errorf("kind %q path %q", doc.Kind, doc.Path)
	}
	wantRes := map[string]string{"Fn": "/Resources/Fn", "a/b~c": "/Resources/a~1b~0c", "Odd": "/Resources/Odd", "Skill": "/Resources/Skill"}
	if diff := cmp.Diff(wantRes, doc.Resources); diff != "" {
		t.Errorf("resources (-want +got):\n%s", diff)
	}
	if _, ok := doc.Source["/Resources/a~1b~0c/Type"]; !ok {
		t.Error("no range for an escaped pointer")
	}
	wantNotes := []model.Note{{Range: rng(8, 5, 8, 27), Message: `resource "Odd" has unknown type "AWS::Nope::Thing"; only generic policies apply to it`}}
	if diff := cmp.Diff(wantNotes, doc.Notes); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}
	if got := at(t, doc.Raw, "Resources", "Fn", "Type"); got != "AWS::Serverless::Function" {
		t.Errorf("SAM type = %v", got)
	}
}

func TestMultiDocument(t *testing.T) {
	tpl := mustParse(t, "Resources:\n  A: {Type: AWS::SNS::Topic}\n---\nResources:\n  B: {Type: AWS::SNS::Topic}\n", nil)
	if diff := cmp.Diff(map[string]string{"A": "/Resources/A"}, tpl.Doc.Resources); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want ParseError
	}{
		{"empty", "", ParseError{Pos: model.Pos{Line: 1, Col: 1}, Msg: "empty template"}},
		{"only comments", "# nothing\n", ParseError{Pos: model.Pos{Line: 1, Col: 1}, Msg: "empty template"}},
		{"invalid yaml", "Resources:\n  A: [\n", ParseError{Pos: model.Pos{Line: 2, Col: 1}, Msg: "did not find expected node content", Syntax: true}},
		// yaml.v3 reports the line where the enclosing flow collection starts.
		{"invalid json", "{\"Resources\": {\n  \"A\": 1,,\n}}", ParseError{Pos: model.Pos{Line: 1, Col: 1}, Msg: "did not find expected node content", Syntax: true}},
		{"not a mapping", "- a\n", ParseError{Pos: model.Pos{Line: 1, Col: 1}, Msg: "template is not a mapping"}},
		{"resources not a mapping", "Resources: [a]\n", ParseError{Pos: model.Pos{Line: 1, Col: 1}, Msg: "Resources must be a mapping of logical ids to resources"}},
		{"key not a string", "Resources:\n  [a]: {Type: AWS::SNS::Topic}\n", ParseError{Pos: model.Pos{Line: 2, Col: 3}, Msg: "mapping key must be a string", Syntax: true}},
		{"recursive alias", "Resources: &a\n  A: *a\n", ParseError{Pos: model.Pos{Line: 2, Col: 6}, Msg: `recursive alias "a"`, Syntax: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := (&Parser{}).Parse("t.yaml", []byte(tt.src))
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("got %v, want a *ParseError", err)
			}
			tt.want.Path = "t.yaml"
			if diff := cmp.Diff(tt.want, *pe); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestParamsOverride(t *testing.T) {
	src := "Parameters:\n  Name: {Type: String, Default: a}\nResources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: !Ref Name\n"
	dir := t.TempDir()
	files := map[string]string{
		"cli.json":      `[{"ParameterKey": "Name", "ParameterValue": "cli"}, {"ParameterKey": "List", "ParameterValue": "x,y"}]`,
		"pipeline.json": `{"Parameters": {"Name": "pipeline", "List": "x,y"}, "Tags": {"team": "a"}}`,
		"plain.yaml":    "Name: plain\nList: [x, y]\nPort: 80\nRatio: 1.0\nDay: 2020-01-01\n",
	}
	tests := []struct {
		file string
		want map[string]string
	}{
		{"cli.json", map[string]string{"Name": "cli", "List": "x,y"}},
		{"pipeline.json", map[string]string{"Name": "pipeline", "List": "x,y"}},
		{"plain.yaml", map[string]string{"Name": "plain", "List": "x,y", "Port": "80", "Ratio": "1.0", "Day": "2020-01-01"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join(dir, tt.file)
			if err := os.WriteFile(path, []byte(files[tt.file]), 0o600); err != nil {
				t.Fatal(err)
			}
			params, err := LoadParams(path)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, params); diff != "" {
				t.Errorf("params (-want +got):\n%s", diff)
			}
			tpl := mustParse(t, src, params)
			if got, want := at(t, tpl.Doc.Raw, "Resources", "T", "Properties", "TopicName"), tt.want["Name"]; got != want {
				t.Errorf("TopicName = %v, want %v", got, want)
			}
		})
	}
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(`[{"Key": "x"}]`), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadParams(bad); err == nil {
		t.Error("want an error for an item without ParameterKey")
	}
	if _, err := LoadParams(filepath.Join(dir, "missing.json")); err == nil {
		t.Error("want an error for a missing file")
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want bool
	}{
		{"version only", "AWSTemplateFormatVersion: '2010-09-09'\nDescription: x\n", true},
		{"resources only", "Resources:\n  B:\n    Type: AWS::S3::Bucket\n", true},
		{"custom resource", "Resources:\n  B:\n    Type: Custom::Thing\n", true},
		{"sam", "Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n", true},
		{"json", `{"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}`, true},
		{"broken template with version", "AWSTemplateFormatVersion: '2010-09-09'\nResources: [\n", true},
		{"k8s manifest", "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n      resources:\n        limits: {cpu: 1}\n", false},
		{"github workflow", "name: deploy\non: push\njobs:\n  d:\n    runs-on: ubuntu-latest\n    steps:\n      - run: aws cloudformation deploy --template-file t.yaml # Resources AWS::S3::Bucket\n", false},
		{"buildspec", "version: 0.2\nphases:\n  build:\n    commands:\n      - echo Resources AWS::S3::Bucket AWSTemplateFormatVersion\n", false},
		{"package.json", `{"name": "x", "version": "1.0.0", "scripts": {"deploy": "cdk deploy"}}`, false},
		{"nested resources", "resources:\n  Resources:\n    B:\n      Type: AWS::S3::Bucket\n", false},
		{"resources without aws types", "Resources:\n  B:\n    Type: Other::Thing\n", false},
		{"registry type", "Resources:\n  R:\n    Type: Initech::TPS::Report\n", true},
		{"module", "Resources:\n  M:\n    Type: My::S3::Bucket::MODULE\n", true},
		{"registry-looking value elsewhere", "Resources:\n  R:\n    Kind: Initech::TPS::Report\n", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect([]byte(tt.src)); got != tt.want {
				t.Errorf("Detect = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPartialTemplate: a resource that cannot be read is reported, with its
// range, as not checked, and every other resource is read.
func TestPartialTemplate(t *testing.T) {
	src := `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Computed:
    Type: !Ref AWS::Region
  NoType:
    Properties: {}
  Module:
    Type:
      Rain::Module: ./bucket.yaml
  Listed: [a]
  Fn::ForEach::Topics:
    - Name
    - [A, B]
    - Topic${Name}:
        Type: AWS::SNS::Topic
  Empty:
    Type: ""
  Number:
    Type: 12
  Good:
    Type: AWS::SNS::Topic
`
	tpl := mustParse(t, src, nil)
	problem := func(r model.Range, msg string) model.FileError {
		return model.FileError{Path: "t.yaml", Range: &r, Message: msg, Kind: "parse"}
	}
	want := []model.FileError{
		problem(rng(4, 5, 4, 27), `resource "Computed" is not checked: its Type is computed with Ref; only a literal resource type can be read`),
		problem(rng(5, 3, 5, 9), `resource "NoType" is not checked: it has no Type`),
		problem(rng(8, 5, 9, 34), `resource "Module" is not checked: its Type is a Rain module (Rain::Module), which only the rain CLI expands; scan the output of "rain pkg"`),
		problem(rng(10, 3, 10, 9), `resource "Listed" is not checked: it must be a mapping with a Type`),
		problem(rng(11, 3, 11, 22), `"Fn::ForEach::Topics" is not expanded (Fn::ForEach of the AWS::LanguageExtensions transform); the resources it generates are not checked`),
		problem(rng(17, 5, 17, 13), `resource "Empty" is not checked: its Type is empty`),
		problem(rng(19, 5, 19, 13), `resource "Number" is not checked: its Type must be a string naming a resource type`),
	}
	if diff := cmp.Diff(want, tpl.Doc.Errors); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]string{"Good": "/Resources/Good"}, tpl.Doc.Resources); diff != "" {
		t.Errorf("resources (-want +got):\n%s", diff)
	}
	if len(tpl.Doc.Notes) != 0 {
		t.Errorf("notes = %v, want none", tpl.Doc.Notes)
	}
	// Raw still holds the template as written, resolved.
	if got := at(t, tpl.Doc.Raw, "Resources", "Computed", "Type"); !cmp.Equal(got, map[string]any{"Ref": "AWS::Region"}) {
		t.Errorf("Computed Type = %v", got)
	}
}

// TestDuplicateKeys: a duplicate mapping key takes its last value, as
// CloudFormation does, with a note at the duplicate; in YAML, in JSON and
// in an anchored mapping that aliases repeat (one note, not one per use).
func TestDuplicateKeys(t *testing.T) {
	tests := []struct {
		name      string
		src       string
		ptr       []string
		want      any
		wantRange model.Range
		notes     []model.Note
	}{
		{
			name: "yaml property",
			src:  "Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: first\n      TopicName: second\n      DisplayName: d\n",
			ptr:  []string{"Resources", "T", "Properties", "TopicName"}, want: "second",
			wantRange: rng(6, 7, 6, 24),
			notes:     []model.Note{{Range: rng(6, 7, 6, 16), Message: `duplicate key "TopicName" (first defined at line 5); the last value is used, as CloudFormation does`}},
		},
		{
			name: "yaml logical id",
			src:  "Resources:\n  R:\n    Type: AWS::SNS::Topic\n  Q:\n    Type: AWS::SQS::Queue\n  R:\n    Type: AWS::S3::Bucket\n",
			ptr:  []string{"Resources", "R", "Type"}, want: "AWS::S3::Bucket",
			wantRange: rng(7, 5, 7, 26),
			notes:     []model.Note{{Range: rng(6, 3, 6, 4), Message: `duplicate key "R" (first defined at line 2); the last value is used, as CloudFormation does`}},
		},
		{
			name: "json",
			src:  "{\"Resources\": {\"Q\": {\"Type\": \"AWS::SQS::Queue\",\n  \"Properties\": {\"DelaySeconds\": 1, \"DelaySeconds\": 2}}}}\n",
			ptr:  []string{"Resources", "Q", "Properties", "DelaySeconds"}, want: 2,
			wantRange: rng(2, 37, 2, 54),
			notes:     []model.Note{{Range: rng(2, 37, 2, 51), Message: `duplicate key "DelaySeconds" (first defined at line 2); the last value is used, as CloudFormation does`}},
		},
		{
			name: "alias repeats the mapping",
			src:  "Metadata:\n  a: &m {k: 1, k: 2}\n  b: *m\n  c: *m\nResources:\n  T: {Type: AWS::SNS::Topic}\n",
			ptr:  []string{"Metadata", "c", "k"}, want: 2,
			wantRange: rng(2, 16, 2, 20), // inside an alias, the anchored node's range
			notes:     []model.Note{{Range: rng(2, 16, 2, 17), Message: `duplicate key "k" (first defined at line 2); the last value is used, as CloudFormation does`}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tpl := mustParse(t, tt.src, nil)
			if got := at(t, tpl.Doc.Raw, tt.ptr...); !cmp.Equal(got, tt.want) {
				t.Errorf("value = %v, want %v", got, tt.want)
			}
			ptr := ""
			for _, p := range tt.ptr {
				ptr += "/" + p
			}
			if diff := cmp.Diff(tt.wantRange, tpl.Doc.Source[ptr]); diff != "" {
				t.Errorf("range of %s (-want +got):\n%s", ptr, diff)
			}
			if diff := cmp.Diff(tt.notes, tpl.Doc.Notes); diff != "" {
				t.Errorf("notes (-want +got):\n%s", diff)
			}
		})
	}
}

// TestForeignIgnores: cfn_nag and cfn-guard suppressions are read from each
// readable resource's Metadata, with their reasons and ranges; entries that
// are not literal strings are skipped.
func TestForeignIgnores(t *testing.T) {
	src := `Resources:
  Web:
    Type: AWS::EC2::SecurityGroup
    Metadata:
      cfn_nag:
        rules_to_suppress:
          - id: W2
            reason: public load balancer
          - id: W9
          - reason: no id
      guard:
        SuppressedRules:
          - INCOMING_SSH_DISABLED
          - {Ref: Rule}
    Properties:
      GroupDescription: web
  Plain:
    Type: AWS::S3::Bucket
`
	doc, err := (&Parser{}).Parse("t.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	rng := func(line, col, endCol int) model.Range {
		return model.Range{File: "t.yaml", Start: model.Pos{Line: line, Col: col}, End: model.Pos{Line: line, Col: endCol}}
	}
	want := []model.ForeignIgnore{
		{Tool: "cfn_nag", ID: "W2", Resource: "Web", Reason: "public load balancer", Range: rng(7, 13, 19)},
		{Tool: "cfn_nag", ID: "W9", Resource: "Web", Range: rng(9, 13, 19)},
		{Tool: "cfn-guard", ID: "INCOMING_SSH_DISABLED", Resource: "Web", Range: rng(13, 13, 34)},
	}
	if diff := cmp.Diff(want, doc.ForeignIgnores); diff != "" {
		t.Errorf("foreign ignores (-want +got):\n%s", diff)
	}
}
