package workflow

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestFindExprs(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Span
	}{
		{"none", "echo hi", nil},
		{"one", "a ${{ x.y }} b", []Span{{Start: 2, End: 12, Text: "x.y"}}},
		{"two", "${{a}}${{ b }}", []Span{{0, 6, "a"}, {6, 14, "b"}}},
		{"braces in a string", "${{ format('}}{0}', x) }}!", []Span{{0, 25, "format('}}{0}', x)"}}},
		{"escaped quote", "${{ 'it''s }}' }}", []Span{{0, 17, "'it''s }}'"}}},
		{"unterminated", "${{ x ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, findExprs(tt.in)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestAnalyze(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Analysis
	}{
		{
			name: "context",
			in:   "github.event.issue.title",
			want: Analysis{Contexts: []Context{{Path: "github.event.issue.title"}}, Flows: []string{"github.event.issue.title"}},
		},
		{
			name: "index forms",
			in:   "github['event'].commits[0].message || github.event.commits.*.author",
			want: Analysis{
				Contexts: []Context{{Path: "github.event.commits.*.message"}, {Path: "github.event.commits.*.author"}},
				Flows:    []string{"github.event.commits.*.message", "github.event.commits.*.author"},
			},
		},
		{
			name: "comparison yields a boolean",
			in:   "github.actor == 'dependabot[bot]'",
			want: Analysis{
				Contexts: []Context{{Path: "github.actor"}},
				Compares: []Compare{{Op: "==", Left: Operand{"context", "github.actor"}, Right: Operand{"literal", "dependabot[bot]"}}},
			},
		},
		{
			name: "value functions pass values",
			in:   "toJSON(secrets)",
			want: Analysis{Contexts: []Context{{Path: "secrets"}}, Flows: []string{"secrets"}, Calls: []Call{{Name: "tojson", Args: []Operand{{"context", "secrets"}}}}},
		},
		{
			name: "contains yields a boolean",
			in:   "contains('refs/heads/main', github.ref)",
			want: Analysis{Contexts: []Context{{Path: "github.ref"}}, Calls: []Call{{Name: "contains", Args: []Operand{{"literal", "refs/heads/main"}, {"context", "github.ref"}}}}},
		},
		{
			name: "dynamic index",
			in:   "secrets[format('T_{0}', matrix.k)]",
			want: Analysis{
				Contexts: []Context{{Path: "secrets.*", Dynamic: true}, {Path: "matrix.k"}},
				Flows:    []string{"secrets.*"},
				Calls:    []Call{{Name: "format", Args: []Operand{{"literal", "T_{0}"}, {"context", "matrix.k"}}}},
			},
		},
		{
			name: "and yields its right side",
			in:   "!github.event.pull_request.draft && steps.x.outputs.y",
			want: Analysis{Contexts: []Context{{Path: "github.event.pull_request.draft"}, {Path: "steps.x.outputs.y"}}, Flows: []string{"steps.x.outputs.y"}},
		},
		{
			name: "literal",
			in:   "'abc'",
			want: Analysis{Literal: true},
		},
		{
			name: "numbers",
			in:   "1.5 < -2e3 && 0xff",
			want: Analysis{Literal: true, Compares: []Compare{{Op: "<", Left: Operand{"literal", "1.5"}, Right: Operand{"literal", "-2e3"}}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := parseExpr(tt.in)
			if n == nil {
				t.Fatalf("parse %q failed", tt.in)
			}
			if diff := cmp.Diff(tt.want, analyze(n), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseExprRejects(t *testing.T) {
	for _, in := range []string{"", "a.", "a[", "f(a,", "'x", "a ? b", "((((a)", "a b", "a.(b)"} {
		if parseExpr(in) != nil {
			t.Errorf("parseExpr(%q) succeeded", in)
		}
	}
	deep := ""
	for range 500 {
		deep += "("
	}
	if parseExpr(deep+"a") != nil {
		t.Error("deep nesting accepted")
	}
}
