package engine

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/scanner/model"
)

// mapFS builds an fs.FS from file names and contents.
func mapFS(files map[string]string) fstest.MapFS {
	m := fstest.MapFS{}
	for name, text := range files {
		m[name] = &fstest.MapFile{Data: []byte(text)}
	}
	return m
}

// meta writes a METADATA block with the given custom: lines.
func meta(custom ...string) string {
	var b strings.Builder
	b.WriteString("# METADATA\n# title: A title\n# custom:\n")
	for _, c := range custom {
		b.WriteString("#   " + c + "\n")
	}
	return b.String()
}

const libRego = `package shipgate.lib

is_true(a) if a.value == true

name(b) := b.name.value
`

const s3Policy = `# METADATA
# title: S3 bucket without encryption
# description: Unencrypted buckets leak data at rest.
# custom:
#   id: AWS-S3-001
#   severity: high
#   input: aws
#   remediation: Set BucketEncryption.
#   frameworks: [CIS-AWS-2.1.1, FSBP-S3.4]
#   aliases: [CKV_AWS_19, AVD-AWS-0088]
package shipgate.aws.s3_encryption

import data.shipgate.lib

deny contains {
	"msg": sprintf("bucket %q is not encrypted", [lib.name(b)]),
	"resource": b.resource,
	"src": b.src,
	"path": ["encryption", 0, "enabled"],
} if {
	some b in input.aws.s3.buckets
	not lib.is_true(b.encryption.enabled)
}

warn contains sprintf("bucket %q has no versioning", [lib.name(b)]) if {
	some b in input.aws.s3.buckets
	not lib.is_true(b.versioning.enabled)
}
`

const dockerPolicy = `# METADATA
# title: Image runs as root
# custom:
#   id: DOCKER-001
#   severity: medium
#   kinds: [dockerfile]
package shipgate.docker.root

deny contains {"msg": "runs as root", "resource": "stage 0"} if input.user == "root"
`

func bucket(name string, encrypted, versioned bool) map[string]any {
	return map[string]any{
		"resource":   name,
		"src":        "/Resources/" + name,
		"name":       map[string]any{"value": name, "state": "written"},
		"encryption": map[string]any{"enabled": map[string]any{"value": encrypted, "state": "written"}},
		"versioning": map[string]any{"enabled": map[string]any{"value": versioned, "state": "default"}},
	}
}

func awsInput(buckets ...map[string]any) map[string]any {
	list := make([]any, len(buckets))
	for i, b := range buckets {
		list[i] = b
	}
	return map[string]any{
		"kind": "cloudformation",
		"path": "t.yaml",
		"aws":  map[string]any{"s3": map[string]any{"buckets": list}},
		"user": "root",
	}
}

func newEngine(t testing.TB, files map[string]string, opts ...func(*Options)) *Engine {
	t.Helper()
	o := Options{Builtin: mapFS(files)}
	for _, f := range opts {
		f(&o)
	}
	e, err := New(context.Background(), o)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return e
}

func TestRulesMetadata(t *testing.T) {
	e := newEngine(t, map[string]string{
		"lib/lib.rego":                libRego,
		"aws/s3_encryption.rego":      s3Policy,
		"docker/root.rego":            dockerPolicy,
		"aws/s3_encryption_test.rego": "package broken\n this is not rego",
	})
	want := []model.Rule{
		{
			ID:          "AWS-S3-001",
			Title:       "S3 bucket without encryption",
			Description: "Unencrypted buckets leak data at rest.",
			Severity:    model.SeverityHigh,
			Kinds:       []model.Kind{model.KindCloudFormation, model.KindTerraform, model.KindTerraformPlan},
			Remediation: "Set BucketEncryption.",
			Frameworks:  []string{"CIS-AWS-2.1.1", "FSBP-S3.4"},
			Aliases:     []string{"CKV_AWS_19", "AVD-AWS-0088"},
			Package:     "shipgate.aws.s3_encryption",
			File:        "aws/s3_encryption.rego",
			Builtin:     true,
			Reads:       []string{"s3.buckets"},
		},
		{
			ID:       "DOCKER-001",
			Title:    "Image runs as root",
			Severity: model.SeverityMedium,
			Kinds:    []model.Kind{model.KindDockerfile},
			Package:  "shipgate.docker.root",
			File:     "docker/root.rego",
			Builtin:  true,
		},
	}
	if diff := cmp.Diff(want, e.Rules()); diff != "" {
		t.Errorf("Rules() mismatch (-want +got):\n%s", diff)
	}
	if r, ok := e.Rule("DOCKER-001"); !ok || r.Package != "shipgate.docker.root" {
		t.Errorf("Rule(DOCKER-001) = %+v, %v", r, ok)
	}
	if _, ok := e.Rule("NOPE"); ok {
		t.Error("Rule(NOPE) found a rule")
	}
}

func TestAllKindsWhenNoSelector(t *testing.T) {
	e := newEngine(t, map[string]string{
		"any.rego": meta("id: ANY-1", "severity: info") + "package shipgate.any.p\n\ndeny contains \"always\"\n",
	})
	for _, k := range model.Kinds {
		got, err := e.Eval(context.Background(), k, map[string]any{})
		if err != nil {
			t.Fatalf("Eval(%s): %v", k, err)
		}
		want := []Result{{RuleID: "ANY-1", Msg: "always"}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Eval(%s) mismatch (-want +got):\n%s", k, diff)
		}
	}
	if e.Rules()[0].Kinds != nil {
		t.Errorf("Kinds = %v, want nil (every kind)", e.Rules()[0].Kinds)
	}
}

func TestLoadErrors(t *testing.T) {
	const body = "\ndeny contains \"x\"\n"
	tests := []struct {
		name  string
		files map[string]string
		want  []string // substrings of the error
	}{
		{
			name:  "missing id",
			files: map[string]string{"p.rego": meta("severity: high") + "package shipgate.a.p\n" + body},
			want:  []string{"p.rego:1: policy shipgate.a.p has no custom.id"},
		},
		{
			name:  "id not a string",
			files: map[string]string{"p.rego": meta("id: 12", "severity: high") + "package shipgate.a.p\n" + body},
			want:  []string{"p.rego:1: policy shipgate.a.p: custom.id must be a non-empty string"},
		},
		{
			name:  "missing severity",
			files: map[string]string{"p.rego": meta("id: A-1") + "package shipgate.a.p\n" + body},
			want:  []string{"p.rego:1: policy shipgate.a.p has no custom.severity"},
		},
		{
			name:  "invalid severity",
			files: map[string]string{"p.rego": meta("id: A-1", "severity: urgent") + "package shipgate.a.p\n" + body},
			want:  []string{`p.rego:1: policy shipgate.a.p: unknown severity "urgent"`},
		},
		{
			name:  "severity none",
			files: map[string]string{"p.rego": meta("id: A-1", "severity: none") + "package shipgate.a.p\n" + body},
			want:  []string{`p.rego:1: policy shipgate.a.p: severity "none" is not allowed`},
		},
		{
			name:  "no metadata",
			files: map[string]string{"p.rego": "package shipgate.a.p\n" + body},
			want:  []string{"p.rego:1: policy shipgate.a.p has no METADATA block"},
		},
		{
			name:  "neither deny nor warn",
			files: map[string]string{"p.rego": meta("id: A-1", "severity: low") + "package shipgate.a.p\n\nallow := true\n"},
			want:  []string{"p.rego:1: policy shipgate.a.p defines neither deny nor warn"},
		},
		{
			name: "duplicate id",
			files: map[string]string{
				"a.rego": meta("id: A-1", "severity: low") + "package shipgate.a.one\n" + body,
				"b.rego": "\n" + meta("id: A-1", "severity: low") + "package shipgate.a.two\n" + body,
			},
			want: []string{`b.rego:2: duplicate policy id "A-1", already used at a.rego:1`},
		},
		{
			name:  "unknown custom field",
			files: map[string]string{"p.rego": meta("id: A-1", "severity: low", "remedation: x") + "package shipgate.a.p\n" + body},
			want:  []string{`p.rego:1: unknown custom field "remedation"`},
		},
		{
			name:  "unknown kind",
			files: map[string]string{"p.rego": meta("id: A-1", "severity: low", "kinds: [dockerfile, helm]") + "package shipgate.a.p\n" + body},
			want:  []string{`p.rego:1: policy shipgate.a.p: unknown kind "helm"`},
		},
		{
			name:  "kinds not a list",
			files: map[string]string{"p.rego": meta("id: A-1", "severity: low", "kinds: dockerfile") + "package shipgate.a.p\n" + body},
			want:  []string{"p.rego:1: policy shipgate.a.p: custom.kinds must be a list of strings"},
		},
		{
			name:  "empty kinds",
			files: map[string]string{"p.rego": meta("id: A-1", "severity: low", "kinds: []") + "package shipgate.a.p\n" + body},
			want:  []string{"p.rego:1: policy shipgate.a.p: custom.kinds is empty"},
		},
		{
			name:  "bad input selector",
			files: map[string]string{"p.rego": meta("id: A-1", "severity: low", "input: gcp") + "package shipgate.a.p\n" + body},
			want:  []string{`p.rego:1: policy shipgate.a.p: custom.input must be one of aws, buildspec, dockerfile, workflow, got gcp`},
		},
		{
			name:  "kinds and input",
			files: map[string]string{"p.rego": meta("id: A-1", "severity: low", "input: aws", "kinds: [terraform]") + "package shipgate.a.p\n" + body},
			want:  []string{"p.rego:1: policy shipgate.a.p: set custom.kinds or custom.input, not both"},
		},
		{
			name:  "frameworks not strings",
			files: map[string]string{"p.rego": meta("id: A-1", "severity: low", "frameworks: [1, 2]") + "package shipgate.a.p\n" + body},
			want:  []string{"p.rego:1: policy shipgate.a.p: custom.frameworks must be a list of strings"},
		},
		{
			name:  "deny is not a partial set",
			files: map[string]string{"p.rego": meta("id: A-1", "severity: low") + "package shipgate.a.p\n\ndeny := {\"x\"}\n"},
			want:  []string{"p.rego:8: deny must be a partial set rule"},
		},
		{
			name:  "warn is a function",
			files: map[string]string{"p.rego": meta("id: A-1", "severity: low") + "package shipgate.a.p\n" + body + "warn(x) := x\n"},
			want:  []string{"p.rego:9: warn must be a partial set rule"},
		},
		{
			name:  "library defines deny",
			files: map[string]string{"lib/l.rego": "package shipgate.lib.strings\n" + body},
			want:  []string{"lib/l.rego:1: library package shipgate.lib.strings must not define deny or warn"},
		},
		{
			name:  "library carries metadata",
			files: map[string]string{"lib/l.rego": meta("id: L-1", "severity: low") + "package shipgate.lib\n\nf := 1\n"},
			want:  []string{"lib/l.rego:1: library package shipgate.lib must not carry policy metadata"},
		},
		{
			name: "two files in one policy package",
			files: map[string]string{
				"a.rego": meta("id: A-1", "severity: low") + "package shipgate.a.p\n" + body,
				"b.rego": "package shipgate.a.p\n\nhelper := 1\n",
			},
			want: []string{"a.rego:6: package shipgate.a.p is also declared in b.rego"},
		},
		{
			name:  "reserved package",
			files: map[string]string{"p.rego": "package shipgate_engine_internal\n\nx := 1\n"},
			want:  []string{"p.rego:1: package shipgate_engine_internal is reserved"},
		},
		{
			name:  "parse error",
			files: map[string]string{"p.rego": meta("id: A-1", "severity: low") + "package shipgate.a.p\n\ndeny contains x if {\n"},
			want:  []string{"p.rego:9: rego_parse_error: unexpected eof token"},
		},
		{
			name:  "rego v0 syntax",
			files: map[string]string{"p.rego": meta("id: A-1", "severity: low") + "package shipgate.a.p\n\ndeny[x] { x := 1 }\n"},
			want:  []string{"p.rego:8: rego_parse_error: `contains` keyword is required"},
		},
		{
			name:  "compile error",
			files: map[string]string{"p.rego": meta("id: A-1", "severity: low") + "package shipgate.a.p\n\ndeny contains x if {\n\tx := no_such_function(1)\n}\n"},
			want:  []string{"p.rego:9: rego_type_error: undefined function no_such_function"},
		},
		{
			name:  "http.send is not allowed",
			files: map[string]string{"p.rego": meta("id: A-1", "severity: low") + "package shipgate.a.p\n\ndeny contains x if {\n\tx := http.send({\"method\": \"get\", \"url\": \"http://example.com\"})\n}\n"},
			want:  []string{"p.rego:9: rego_type_error: undefined function http.send (shipgate policies may not call builtins"},
		},
		{
			name:  "time.now_ns is not allowed",
			files: map[string]string{"p.rego": meta("id: A-1", "severity: low") + "package shipgate.a.p\n\ndeny contains x if {\n\tx := time.now_ns()\n}\n"},
			want:  []string{"p.rego:9: rego_type_error: undefined function time.now_ns (shipgate"},
		},
		{
			name:  "rand.intn is not allowed",
			files: map[string]string{"p.rego": meta("id: A-1", "severity: low") + "package shipgate.a.p\n\ndeny contains x if {\n\tx := rand.intn(\"k\", 10)\n}\n"},
			want:  []string{"p.rego:9: rego_type_error: undefined function rand.intn (shipgate"},
		},
		{
			name:  "uuid.rfc4122 is not allowed",
			files: map[string]string{"p.rego": meta("id: A-1", "severity: low") + "package shipgate.a.p\n\ndeny contains x if {\n\tx := uuid.rfc4122(\"k\")\n}\n"},
			want:  []string{"p.rego:9: rego_type_error: undefined function uuid.rfc4122 (shipgate"},
		},
		{
			name:  "opa.runtime is not allowed",
			files: map[string]string{"p.rego": meta("id: A-1", "severity: low") + "package shipgate.a.p\n\ndeny contains x if {\n\tx := opa.runtime().env.HOME\n}\n"},
			want:  []string{"p.rego:9: rego_type_error: undefined function opa.runtime (shipgate"},
		},
		{
			name:  "net.lookup_ip_addr is not allowed",
			files: map[string]string{"p.rego": meta("id: A-1", "severity: low") + "package shipgate.a.p\n\ndeny contains x if {\n\tsome x in net.lookup_ip_addr(\"example.com\")\n}\n"},
			want:  []string{"p.rego:9: rego_type_error: undefined function net.lookup_ip_addr (shipgate"},
		},
		{
			name: "every error is reported",
			files: map[string]string{
				"a.rego": meta("severity: low") + "package shipgate.a.one\n" + body,
				"b.rego": meta("id: B-1") + "package shipgate.a.two\n" + body,
			},
			want: []string{"a.rego:1: policy shipgate.a.one has no custom.id", "b.rego:1: policy shipgate.a.two has no custom.severity"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(context.Background(), Options{Builtin: mapFS(tt.files)})
			if err == nil {
				t.Fatalf("New succeeded, want an error containing %q", tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error\n%v\ndoes not contain %q", err, w)
				}
			}
		})
	}
}

func TestAllowedBuiltins(t *testing.T) {
	// Pure helpers stay available even though DESIGN lists net.* broadly.
	e := newEngine(t, map[string]string{
		"p.rego": meta("id: A-1", "severity: low") + `package shipgate.a.p

deny contains "open to the world" if net.cidr_contains(input.cidr, "10.0.0.1")
deny contains "uuid parsed" if uuid.parse("00000000-0000-0000-0000-000000000000")
`,
	})
	got, err := e.Eval(context.Background(), model.KindTerraform, map[string]any{"cidr": "0.0.0.0/0"})
	if err != nil {
		t.Fatal(err)
	}
	want := []Result{{RuleID: "A-1", Msg: "open to the world"}, {RuleID: "A-1", Msg: "uuid parsed"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

func TestEval(t *testing.T) {
	e := newEngine(t, map[string]string{
		"lib/lib.rego":           libRego,
		"aws/s3_encryption.rego": s3Policy,
		"docker/root.rego":       dockerPolicy,
	})
	tests := []struct {
		name  string
		kind  model.Kind
		input map[string]any
		want  []Result
	}{
		{
			name:  "deny object and warn string",
			kind:  model.KindCloudFormation,
			input: awsInput(bucket("Logs", false, false), bucket("Data", true, true)),
			want: []Result{
				{RuleID: "AWS-S3-001", Msg: `bucket "Logs" has no versioning`, Warn: true},
				{RuleID: "AWS-S3-001", Msg: `bucket "Logs" is not encrypted`, Resource: "Logs", Src: "/Resources/Logs", Path: []string{"encryption", "0", "enabled"}},
			},
		},
		{
			name:  "no findings",
			kind:  model.KindTerraformPlan,
			input: awsInput(bucket("Data", true, true)),
			want:  nil,
		},
		{
			// input.user is "root" here too, but the docker policy only
			// runs on dockerfiles.
			name:  "kind selects policies",
			kind:  model.KindCloudFormation,
			input: awsInput(),
			want:  nil,
		},
		{
			name:  "dockerfile policy on a dockerfile",
			kind:  model.KindDockerfile,
			input: map[string]any{"user": "root", "aws": map[string]any{"s3": map[string]any{"buckets": []any{bucket("X", false, false)}}}},
			want:  []Result{{RuleID: "DOCKER-001", Msg: "runs as root", Resource: "stage 0"}},
		},
		{
			name:  "kind without policies",
			kind:  model.KindGitHubWorkflow,
			input: map[string]any{"user": "root"},
			want:  nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := e.Eval(context.Background(), tt.kind, tt.input)
			if err != nil {
				t.Fatalf("Eval: %v", err)
			}
			if len(got) == 0 {
				got = nil
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
	if _, err := e.Eval(context.Background(), model.Kind("helm"), nil); err == nil || !strings.Contains(err.Error(), `unknown kind "helm"`) {
		t.Errorf("Eval(helm) error = %v, want unknown kind", err)
	}
}

func TestResultsAreSorted(t *testing.T) {
	e := newEngine(t, map[string]string{
		"b.rego": meta("id: B-1", "severity: low") + "package shipgate.a.b\n\ndeny contains {\"msg\": \"same\", \"resource\": r} if some r in [\"z\", \"a\", \"m\"]\n",
		"a.rego": meta("id: A-1", "severity: low") + "package shipgate.a.a\n\ndeny contains m if some m in [\"y\", \"b\"]\n",
	})
	got, err := e.Eval(context.Background(), model.KindBuildspec, map[string]any{})
	if err != nil {
		t.Fatal(err)
	}
	want := []Result{
		{RuleID: "A-1", Msg: "b"},
		{RuleID: "A-1", Msg: "y"},
		{RuleID: "B-1", Msg: "same", Resource: "a"},
		{RuleID: "B-1", Msg: "same", Resource: "m"},
		{RuleID: "B-1", Msg: "same", Resource: "z"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

func TestResultShapeErrors(t *testing.T) {
	tests := []struct {
		name string
		rule string
		want string
	}{
		{"number", `deny contains 42`, "policy A-1: deny result: want a string or an object with msg, got 42"},
		{"empty string", `deny contains ""`, "policy A-1: deny result: empty message"},
		{"missing msg", `deny contains {"resource": "r"}`, `policy A-1: deny result: missing msg in {"resource":"r"}`},
		{"msg not a string", `deny contains {"msg": 1}`, `policy A-1: deny result: field "msg" has the wrong type (1)`},
		{"resource not a string", `warn contains {"msg": "m", "resource": ["r"]}`, `policy A-1: warn result: field "resource" has the wrong type (["r"])`},
		{"path not a list", `deny contains {"msg": "m", "path": "a.b"}`, `field "path" has the wrong type ("a.b")`},
		{"path with a fraction", `deny contains {"msg": "m", "path": ["a", 1.5]}`, `field "path" has the wrong type (["a",1.5])`},
		{"path with an object", `deny contains {"msg": "m", "path": [{}]}`, `field "path" has the wrong type ([{}])`},
		{"relative src", `deny contains {"msg": "m", "src": "Resources/X"}`, `src "Resources/X" is not an absolute JSON pointer`},
		{"unknown field", `deny contains {"msg": "m", "resouce": "X"}`, `unknown field "resouce"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEngine(t, map[string]string{
				"p.rego": meta("id: A-1", "severity: low") + "package shipgate.a.p\n\n" + tt.rule + "\n",
			})
			got, err := e.Eval(context.Background(), model.KindCloudFormation, map[string]any{})
			if err == nil {
				t.Fatalf("Eval = %v, want an error", got)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
		})
	}
}

func TestBuiltinErrorIsAnError(t *testing.T) {
	e := newEngine(t, map[string]string{
		"lib.rego": libRego,
		"p.rego": meta("id: A-1", "severity: low") + `package shipgate.a.p

deny contains msg if {
	n := to_number(input.count)
	msg := sprintf("%d items", [n])
}
`,
	})
	ctx := context.Background()
	got, err := e.Eval(ctx, model.KindCloudFormation, map[string]any{"count": "3"})
	if err != nil {
		t.Fatalf("Eval with a number: %v", err)
	}
	if diff := cmp.Diff([]Result{{RuleID: "A-1", Msg: "3 items"}}, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	_, err = e.Eval(ctx, model.KindCloudFormation, map[string]any{"count": "three"})
	if err == nil {
		t.Fatal("Eval succeeded, want the to_number error")
	}
	for _, w := range []string{"evaluate cloudformation: policy A-1: ", "p.rego:9", "to_number"} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q does not contain %q", err, w)
		}
	}
}

func TestTimeout(t *testing.T) {
	e := newEngine(t, map[string]string{
		"p.rego": meta("id: A-1", "severity: low") + `package shipgate.a.p

deny contains "never" if {
	some i in numbers.range(1, 5000)
	some j in numbers.range(1, 5000)
	i * j < 0
}
`,
	}, func(o *Options) { o.Timeout = 20 * time.Millisecond })
	start := time.Now()
	_, err := e.Eval(context.Background(), model.KindTerraform, map[string]any{})
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("Eval error = %v, want ErrTimeout", err)
	}
	if want := "evaluate terraform: policy A-1: policy evaluation exceeded the time limit (20ms)"; err.Error() != want {
		t.Errorf("error = %q, want %q", err, want)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Eval took %s after a 20ms limit", d)
	}

	// A cancelled caller is not reported as a policy timeout.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = e.Eval(ctx, model.KindTerraform, map[string]any{})
	if !errors.Is(err, context.Canceled) || errors.Is(err, ErrTimeout) {
		t.Errorf("Eval with a cancelled context: error = %v, want context.Canceled", err)
	}
}

func TestConcurrentEval(t *testing.T) {
	e := newEngine(t, map[string]string{
		"lib/lib.rego":           libRego,
		"aws/s3_encryption.rego": s3Policy,
		"docker/root.rego":       dockerPolicy,
	})
	const workers, rounds = 8, 20
	var wg sync.WaitGroup
	errs := make([]error, workers)
	for w := range workers {
		wg.Go(func() {
			for i := range rounds {
				name := fmt.Sprintf("B%d_%d", w, i)
				got, err := e.Eval(context.Background(), model.KindCloudFormation, awsInput(bucket(name, false, true)))
				if err != nil {
					errs[w] = err
					return
				}
				want := []Result{{RuleID: "AWS-S3-001", Msg: fmt.Sprintf("bucket %q is not encrypted", name), Resource: name, Src: "/Resources/" + name, Path: []string{"encryption", "0", "enabled"}}}
				if diff := cmp.Diff(want, got); diff != "" {
					errs[w] = fmt.Errorf("round %d mismatch (-want +got):\n%s", i, diff)
					return
				}
			}
		})
	}
	wg.Wait()
	for w, err := range errs {
		if err != nil {
			t.Errorf("worker %d: %v", w, err)
		}
	}
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestExtraPolicies(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"custom/team/tags.rego": meta("id: ORG-1", "severity: critical", "input: aws") + `package shipgate.org.tags

import data.org.helpers

deny contains helpers.msg if input.kind == "cloudformation"
`,
		"custom/helpers.rego": "package org.helpers\n\nmsg := \"missing tags\"\n",
		// Tests are skipped by New, so this broken one does not matter.
		"custom/team/tags_test.rego": "package shipgate.org.tags_test\n\ndeny contains",
		"custom/README.md":           "not a policy",
		"single.rego":                meta("id: ORG-2", "severity: info", "kinds: [buildspec]") + "package org.single\n\nwarn contains \"hi\"\n",
	})
	custom := filepath.Join(dir, "custom")
	single := filepath.Join(dir, "single.rego")
	e := newEngine(t, map[string]string{"docker/root.rego": dockerPolicy}, func(o *Options) {
		o.Extra = []string{custom, single, single}
	})

	type ruleSummary struct {
		ID, File string
		Builtin  bool
	}
	var got []ruleSummary
	for _, r := range e.Rules() {
		got = append(got, ruleSummary{r.ID, r.File, r.Builtin})
	}
	want := []ruleSummary{
		{"DOCKER-001", "docker/root.rego", true},
		{"ORG-1", filepath.ToSlash(filepath.Join(custom, "team", "tags.rego")), false},
		{"ORG-2", filepath.ToSlash(single), false},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Rules() mismatch (-want +got):\n%s", diff)
	}

	res, err := e.Eval(context.Background(), model.KindCloudFormation, map[string]any{"kind": "cloudformation"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]Result{{RuleID: "ORG-1", Msg: "missing tags"}}, res); diff != "" {
		t.Errorf("Eval mismatch (-want +got):\n%s", diff)
	}
	res, err = e.Eval(context.Background(), model.KindBuildspec, map[string]any{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]Result{{RuleID: "ORG-2", Msg: "hi", Warn: true}}, res); diff != "" {
		t.Errorf("Eval mismatch (-want +got):\n%s", diff)
	}
}

func TestExtraErrors(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"notes.txt": "x",
		"dup.rego":  strings.Replace(dockerPolicy, "shipgate.docker.root", "shipgate.docker.other", 1),
	})
	tests := []struct {
		name  string
		extra []string
		want  string
	}{
		{"missing path", []string{filepath.Join(dir, "nope.rego")}, "read policy: "},
		{"not rego", []string{filepath.Join(dir, "notes.txt")}, "notes.txt: not a .rego file"},
		{"duplicate of a builtin id", []string{filepath.Join(dir, "dup.rego")}, `dup.rego:1: duplicate policy id "DOCKER-001", already used at docker/root.rego:1`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(context.Background(), Options{Builtin: mapFS(map[string]string{"docker/root.rego": dockerPolicy}), Extra: tt.extra})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("New error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestNoPolicies(t *testing.T) {
	e, err := New(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Rules()) != 0 {
		t.Errorf("Rules() = %v, want none", e.Rules())
	}
	got, err := e.Eval(context.Background(), model.KindCloudFormation, map[string]any{})
	if err != nil || got != nil {
		t.Errorf("Eval = %v, %v; want nil, nil", got, err)
	}
}

func TestRunTests(t *testing.T) {
	policy := map[string]string{
		"lib/lib.rego":           libRego,
		"aws/s3_encryption.rego": s3Policy,
	}
	passing := `package shipgate.aws.s3_encryption_test

import data.shipgate.aws.s3_encryption

test_unencrypted_fails if {
	some r in s3_encryption.deny with input as {"aws": {"s3": {"buckets": [{"resource": "L", "src": "/Resources/L", "name": {"value": "L"}, "encryption": {"enabled": {"value": false}}}]}}}
	r.resource == "L"
}

test_encrypted_passes if {
	count(s3_encryption.deny) == 0 with input as {"aws": {"s3": {"buckets": [{"name": {"value": "L"}, "encryption": {"enabled": {"value": true}}}]}}}
}
`
	failing := `package shipgate.aws.s3_encryption_test

import data.shipgate.aws.s3_encryption

test_wrong_expectation if {
	count(s3_encryption.deny) == 0 with input as {"aws": {"s3": {"buckets": [{"resource": "L", "src": "/Resources/L", "name": {"value": "L"}, "encryption": {"enabled": {"value": false}}}]}}}
}

test_ok if true
`
	builtinError := `package shipgate.aws.s3_encryption_test

test_builtin_error if to_number("x") == 1
`
	tests := []struct {
		name    string
		test    string
		want    []string // "name pass|fail|error"
		wantErr string
	}{
		{"passing suite", passing, []string{"test_unencrypted_fails pass", "test_encrypted_passes pass"}, ""},
		{"failing suite", failing, []string{"test_wrong_expectation fail", "test_ok pass"}, "1 of 2 policy tests failed:\naws/s3_encryption_test.rego:5: shipgate.aws.s3_encryption_test.test_wrong_expectation: FAIL"},
		{"builtin error", builtinError, []string{"test_builtin_error error"}, "test_builtin_error: ERROR"},
		{"disallowed builtin", "package x_test\n\ntest_now if time.now_ns() > 0\n", nil, "undefined function time.now_ns (shipgate"},
		{"no tests", "package x_test\n\nhelper := 1\n", nil, "no test_ rules found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]string{"aws/s3_encryption_test.rego": tt.test}
			for k, v := range policy {
				files[k] = v
			}
			results, err := RunTests(context.Background(), TestOptions{Builtin: mapFS(files), BuiltinTests: true})
			if tt.wantErr == "" && err != nil {
				t.Fatalf("RunTests: %v", err)
			}
			if tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("RunTests error = %v, want it to contain %q", err, tt.wantErr)
			}
			var got []string
			for _, r := range results {
				status := "pass"
				switch {
				case r.Err != nil:
					status = "error"
				case r.Fail:
					status = "fail"
				}
				got = append(got, r.Name+" "+status)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("results mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func BenchmarkEval(b *testing.B) {
	e := newEngine(b, map[string]string{
		"lib/lib.rego":           libRego,
		"aws/s3_encryption.rego": s3Policy,
		"docker/root.rego":       dockerPolicy,
	})
	buckets := make([]map[string]any, 20)
	for i := range buckets {
		buckets[i] = bucket(fmt.Sprintf("B%d", i), i%2 == 0, i%3 == 0)
	}
	input := awsInput(buckets...)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.Eval(ctx, model.KindCloudFormation, input); err != nil {
			b.Fatal(err)
		}
	}
}

// TestOptIn checks custom.opt_in: the rule is listed but evaluated only
// when Options.Enable names it; naming a rule that is on by default, or
// no rule at all, is an error.
func TestOptIn(t *testing.T) {
	files := map[string]string{
		"lib/lib.rego": libRego,
		"docker/pin.rego": meta("id: DOCKER-900", "severity: info", "kinds: [dockerfile]", "opt_in: true") +
			"package shipgate.docker.pin\n\ndeny contains \"pin it\" if input.user == \"root\"\n",
		"docker/always.rego": meta("id: DOCKER-901", "severity: info", "kinds: [dockerfile]") +
			"package shipgate.docker.always\n\ndeny contains \"always\" if input.user == \"root\"\n",
	}
	input := map[string]any{"user": "root"}
	ids := func(e *Engine) []string {
		res, err := e.Eval(context.Background(), model.KindDockerfile, input)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range res {
			out = append(out, r.RuleID)
		}
		return out
	}
	off := newEngine(t, files)
	if diff := cmp.Diff([]string{"DOCKER-901"}, ids(off)); diff != "" {
		t.Errorf("default (-want +got):\n%s", diff)
	}
	var listed bool
	for _, r := range off.Rules() {
		listed = listed || (r.ID == "DOCKER-900" && r.OptIn)
	}
	if !listed {
		t.Error("the opt-in rule is not listed with OptIn set")
	}
	on := newEngine(t, files, func(o *Options) { o.Enable = []string{"DOCKER-900"} })
	if diff := cmp.Diff([]string{"DOCKER-900", "DOCKER-901"}, ids(on)); diff != "" {
		t.Errorf("enabled (-want +got):\n%s", diff)
	}
	for _, tc := range []struct{ enable, want string }{
		{"DOCKER-901", "the rule is on by default"},
		{"DOCKER-999", "no rule DOCKER-999"},
	} {
		_, err := New(context.Background(), Options{Builtin: mapFS(files), Enable: []string{tc.enable}})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("--enable %s: got %v, want an error containing %q", tc.enable, err, tc.want)
		}
	}
	bad := map[string]string{"lib/lib.rego": libRego, "docker/x.rego": meta("id: X-1", "severity: info", "opt_in: yes please") + "package shipgate.docker.x\n\ndeny contains \"x\" if true\n"}
	if _, err := New(context.Background(), Options{Builtin: mapFS(bad)}); err == nil || !strings.Contains(err.Error(), "custom.opt_in must be true or false") {
		t.Errorf("a non-boolean opt_in: got %v", err)
	}
}
