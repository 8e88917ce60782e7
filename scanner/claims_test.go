package scanner

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestScanClaims: only templates are claimed. A Helm chart that mentions
// Resources and AWS:: in a comment used to be read as a broken template,
// making the whole scan incomplete (exit 3).
func TestScanClaims(t *testing.T) {
	helm := "# Resources: creates AWS::S3::Bucket via crossplane\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n  {{- range .Values.items }}\n  {{ .name }}: {{ .value | quote }}\n  {{- end }}\n"
	dir := tree(t, map[string]string{
		"chart/templates/cm.yaml": helm,
		"notes.yaml":              "# Resources with Type: AWS::S3::Bucket are checked\nsee: [docs\n",
		"broken.yaml":             "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties: [\n",
		"sg.yaml":                 sgTemplate,
	})
	t.Chdir(dir)
	res, err := newScanner(t, Options{}).Scan(context.Background(), []string{".", "chart/templates/cm.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range res.Errors {
		got = append(got, string(e.Kind)+" "+e.Path)
	}
	want := []string{"parse broken.yaml", "skipped chart/templates/cm.yaml"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
}

// TestScanLimitError: a template over a budget is a "limit" error at the
// construct that exceeded it; the other files keep their findings.
func TestScanLimitError(t *testing.T) {
	join := "Parameters:\n  P:\n    Type: String\n    Default: " + strings.Repeat("x", 1<<20) + "\nResources:\n  R:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: !Join ['', [" + strings.TrimSuffix(strings.Repeat("!Ref P, ", 20000), ", ") + "]]\n"
	dir := tree(t, map[string]string{"join.yaml": join, "sg.yaml": sgTemplate})
	t.Chdir(dir)
	res, err := newScanner(t, Options{}).Scan(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range res.Errors {
		got = append(got, fmt.Sprintf("%s %s:%d:%d: %s", e.Kind, e.Path, e.Range.Start.Line, e.Range.Start.Col, e.Message))
	}
	want := []string{"limit join.yaml:9:542: Ref: intrinsic functions evaluate to more than 1000000 values or 64 MB of text, the budget for a template; the template is not checked"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	if len(res.Findings) == 0 || res.Findings[0].Range.File != "sg.yaml" {
		t.Errorf("sg.yaml lost its findings: %v", describe(res.Findings))
	}
}

// TestScanPolicyFailureKeepsFindings: a custom policy that divides by zero
// on a file is reported against that file, and the built-in critical
// finding on the same file is still reported (it used to be dropped with
// every other finding of the file).
func TestScanPolicyFailureKeepsFindings(t *testing.T) {
	dir := tree(t, map[string]string{
		"sg.yaml": sgTemplate,
		"policies/div.rego": `# METADATA
# title: divides by zero
# custom:
#   id: CUSTOM-DIV0
#   severity: low
#   input: aws
package custom.div0

deny contains msg if {
	some r in input.aws.ec2.security_group_rules
	n := count(r.resource) - count(r.resource)
	msg := sprintf("never %v", [1 / n])
}
`,
	})
	t.Chdir(dir)
	res, err := newScanner(t, Options{Policies: []string{"policies"}}).Scan(context.Background(), []string{"sg.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range res.Findings {
		got = append(got, f.Range.String()+" "+f.RuleID)
	}
	for _, e := range res.Errors {
		got = append(got, string(e.Kind)+" "+e.Path+": "+e.Message)
	}
	want := []string{
		"sg.yaml:10:11 AWS-EC2-001",
		"policy sg.yaml: evaluate cloudformation: policy CUSTOM-DIV0: policies/div.rego:12: eval_builtin_error: div: divide by zero",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings and errors (-want +got):\n%s", diff)
	}
}

// TestOptionsValidate: options that would silently do something else than
// asked are errors (exit 2 in the CLI).
func TestOptionsValidate(t *testing.T) {
	tests := []struct {
		name string
		opts Options
		want string
	}{
		{"valid", Options{Exclude: []string{"*.json", "legacy/**", "a/[bc]/", `\*`}}, ""},
		{"malformed glob", Options{Exclude: []string{"ok", "["}}, `exclude pattern "[": syntax error in pattern`},
		{"malformed glob with **", Options{Exclude: []string{"**/a["}}, `exclude pattern "**/a[": syntax error in pattern`},
		{"negative timeout", Options{Timeout: -time.Second}, "timeout -1s: must not be negative"},
		{"negative size", Options{MaxFileSize: -1}, "maximum file size -1: must not be negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(context.Background(), tt.opts)
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("New error = %q, want %q", got, tt.want)
			}
		})
	}
}
