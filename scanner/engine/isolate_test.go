package engine

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/scanner/model"
)

// policyErrors splits Eval's error into its policy errors, as text.
func policyErrors(t *testing.T, err error) []string {
	t.Helper()
	if err == nil {
		return nil
	}
	errs := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	}
	var out []string
	for _, e := range errs {
		var pe *PolicyError
		if !errors.As(e, &pe) {
			t.Errorf("error %q is not a *PolicyError", e)
		}
		out = append(out, e.Error())
	}
	return out
}

// TestFailureIsolation: a policy that fails on a document (a builtin
// error, its time limit, a malformed result) is reported by id, and every
// other policy's results for the document are still returned.
func TestFailureIsolation(t *testing.T) {
	files := map[string]string{
		"lib/lib.rego":           libRego,
		"aws/s3_encryption.rego": s3Policy,
		"div.rego": meta("id: CUSTOM-DIV", "severity: low", "input: aws") + `package custom.div

deny contains sprintf("%v", [1 / n]) if {
	some b in input.aws.s3.buckets
	n := count(b.resource) - count(b.resource)
}
`,
		"slow.rego": meta("id: CUSTOM-SLOW", "severity: low") + `package custom.slow

deny contains "never" if {
	input.slow
	some i in numbers.range(1, 5000)
	some j in numbers.range(1, 5000)
	i * j < 0
}
`,
		"shape.rego": meta("id: CUSTOM-SHAPE", "severity: low") + `package custom.shape

deny contains 42 if input.shape
warn contains "fine" if input.shape
`,
	}
	e := newEngine(t, files, func(o *Options) { o.Timeout = 200 * time.Millisecond })
	s3 := Result{RuleID: "AWS-S3-001", Msg: `bucket "B" is not encrypted`, Resource: "B", Src: "/Resources/B", Path: []string{"encryption", "0", "enabled"}}
	s3warn := Result{RuleID: "AWS-S3-001", Warn: true, Msg: `bucket "B" has no versioning`}
	tests := []struct {
		name     string
		extra    map[string]any
		want     []Result
		wantErrs []string
	}{
		{
			name:     "builtin error",
			want:     []Result{s3warn, s3},
			wantErrs: []string{"evaluate cloudformation: policy CUSTOM-DIV: div.rego:9: eval_builtin_error: div: divide by zero"},
		},
		{
			name:  "time limit and a malformed result",
			extra: map[string]any{"slow": true, "shape": true},
			want:  []Result{s3warn, s3, {RuleID: "CUSTOM-SHAPE", Warn: true, Msg: "fine"}},
			wantErrs: []string{
				"evaluate cloudformation: policy CUSTOM-DIV: div.rego:9: eval_builtin_error: div: divide by zero",
				"evaluate cloudformation: policy CUSTOM-SHAPE: deny result: want a string or an object with msg, got 42",
				"evaluate cloudformation: policy CUSTOM-SLOW: policy evaluation exceeded the time limit (200ms)",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := awsInput(bucket("B", false, false))
			for k, v := range tt.extra {
				in[k] = v
			}
			got, err := e.Eval(context.Background(), model.KindCloudFormation, in)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("results (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantErrs, policyErrors(t, err)); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
			if strings.Contains(tt.name, "time limit") && !errors.Is(err, ErrTimeout) {
				t.Errorf("errors.Is(%v, ErrTimeout) = false", err)
			}
		})
	}
}

// TestMalformedResultKeepsOthers: a result of the wrong shape fails its
// policy only, also when every policy is evaluated in one query.
func TestMalformedResultKeepsOthers(t *testing.T) {
	e := newEngine(t, map[string]string{
		"a.rego": meta("id: A-1", "severity: low") + "package shipgate.a.p\n\ndeny contains 42\n",
		"b.rego": meta("id: B-1", "severity: low") + "package shipgate.b.p\n\ndeny contains \"b\"\n",
	})
	got, err := e.Eval(context.Background(), model.KindCloudFormation, map[string]any{})
	if diff := cmp.Diff([]Result{{RuleID: "B-1", Msg: "b"}}, got); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}
	want := []string{"evaluate cloudformation: policy A-1: deny result: want a string or an object with msg, got 42"}
	if diff := cmp.Diff(want, policyErrors(t, err)); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
}
