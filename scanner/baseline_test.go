package scanner

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/scanner/model"
)

func finding(rule, file, resource, attr string, line int) model.Finding {
	return model.Finding{
		RuleID: rule, Severity: model.SeverityHigh, Message: rule + " on " + resource,
		Range:       model.Range{File: file, Start: model.Pos{Line: line, Col: 1}},
		Resource:    resource,
		Attribute:   attr,
		Fingerprint: fingerprint(rule, file, resource, attr),
	}
}

func TestBaselineRoundTrip(t *testing.T) {
	a := finding("R-1", "b.tf", "x", "/a", 3)
	twin := finding("R-1", "b.tf", "x", "/a", 9) // the same fingerprint twice
	b := finding("R-2", "a.tf", "y", "/b", 1)
	warn := finding("R-3", "a.tf", "y", "/c", 1)
	warn.Warning = true
	sup := finding("R-4", "a.tf", "z", "", 1)
	sup.Suppression = &model.Suppression{Kind: "inSource"}

	base := NewBaseline(&model.Result{Findings: []model.Finding{a, twin, b, warn, sup}})
	var buf bytes.Buffer
	if err := base.Write(&buf); err != nil {
		t.Fatal(err)
	}
	// Order of the findings does not change the bytes.
	var again bytes.Buffer
	NewBaseline(&model.Result{Findings: []model.Finding{sup, warn, b, twin, a}}).Write(&again)
	if diff := cmp.Diff(buf.String(), again.String()); diff != "" {
		t.Errorf("baseline depends on finding order:\n%s", diff)
	}
	loaded, err := ParseBaseline(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(base, loaded); diff != "" {
		t.Errorf("round trip (-written +read):\n%s", diff)
	}
	gotIDs := func(es []model.BaselineEntry) (out []string) {
		for _, e := range es {
			out = append(out, e.RuleID+" "+e.File)
		}
		return out
	}
	if diff := cmp.Diff([]string{"R-2 a.tf", "R-1 b.tf"}, gotIDs(loaded.Findings)); diff != "" {
		t.Errorf("findings, sorted by file (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"R-3 a.tf"}, gotIDs(loaded.Warnings)); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
	if loaded.Findings[1].Count != 2 {
		t.Errorf("count of a shared fingerprint = %d, want 2", loaded.Findings[1].Count)
	}

	// Three findings now share the fingerprint recorded twice: the third
	// is new. b is fixed: absent. A new rule on the same resource is new.
	c := finding("R-5", "b.tf", "x", "/a", 4)
	res := &model.Result{Findings: []model.Finding{a, twin, finding("R-1", "b.tf", "x", "/a", 12), warn, c}}
	loaded.Apply(res)
	var states []string
	for _, f := range res.Findings {
		states = append(states, f.Baseline)
	}
	if diff := cmp.Diff([]string{"unchanged", "unchanged", "new", "unchanged", "new"}, states); diff != "" {
		t.Errorf("states (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"R-2 a.tf"}, gotIDs(res.Absent)); diff != "" {
		t.Errorf("absent (-want +got):\n%s", diff)
	}
	if res.Findings[1].Gates(model.SeverityLow) || !res.Findings[2].Gates(model.SeverityLow) {
		t.Error("a baselined finding gates, or a new one does not")
	}
}

func TestParseBaselineErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"not an object", `[]`, "line 1: want a JSON object written by --write-baseline"},
		{"wrong type", "{\n\"schema\": \"shipgate-baseline/v1\",\n\"findings\": [{\"count\": \"2\"}]}", "line 3: findings.count: want int"},
		{"trailing data", `{"schema": "shipgate-baseline/v1"} {}`, "invalid baseline: data after the JSON object"},
		{"no schema", `{"findings": []}`, `schema "": want "shipgate-baseline/v1" (write it again with --write-baseline)`},
		{"zero count", `{"schema": "shipgate-baseline/v1", "warnings": [{"fingerprint": "00112233445566778899aabbccddeeff", "rule_id": "R", "file": "f", "message": "m", "count": 0}]}`, `entry 1 (R in "f"): count 0: want at least 1`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseBaseline([]byte(tt.in))
			if err == nil || err.Error() != tt.want {
				t.Errorf("error %v, want %q", err, tt.want)
			}
		})
	}
}
