package report

import (
	"bytes"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/owenrumney/go-sarif/v2/sarif"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/shipgate/shipgate/internal/shared"
	"github.com/shipgate/shipgate/scanner/model"
)

// sarifSchema is the official SARIF 2.1.0 schema, skipping the test when
// ../shared/schemas is not there.
func sarifSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	sch := shared.SARIFSchema(t)
	if sch == nil {
		t.Skip("SARIF schema not found (CI provides it in ../shared/schemas next to the repository)")
	}
	return sch
}

func validate(t *testing.T, sch *jsonschema.Schema, data []byte) error {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, data)
	}
	return sch.Validate(inst)
}

// oddities is a result built to hit SARIF's edge cases: unusual paths,
// unknown rules, missing ranges, ranges that end before they start, and
// errors and notes without locations.
func oddities() *model.Result {
	return &model.Result{
		Rules: []model.Rule{
			{ID: "DUP-1", Title: "first", Severity: model.SeverityHigh},
			{ID: "DUP-1", Title: "duplicate", Severity: model.SeverityLow},
			{ID: "NO-TITLE", Severity: model.SeverityNone, Frameworks: []string{"security"}},
		},
		Findings: []model.Finding{
			{RuleID: "DUP-1", Severity: model.SeverityHigh, Message: "spaces",
				Range: model.Range{File: "my dir/a b.yaml", Start: model.Pos{Line: 2, Col: 1}}},
			{RuleID: "UNKNOWN", Severity: model.SeverityMedium, Message: "",
				Range: model.Range{File: "c:d/x.yaml", Start: model.Pos{Line: 3, Col: 4}, End: model.Pos{Line: 1, Col: 1}}},
			{RuleID: "NO-TITLE", Severity: model.SeverityCritical, Warning: true, Message: "absolute",
				Range: model.Range{File: "/abs/path/t.json"}},
			{RuleID: "NO-TITLE", Severity: model.SeverityInfo, Message: "windows",
				Range:       model.Range{File: `C:\work\t.json`, Start: model.Pos{Line: 1}},
				Suppression: &model.Suppression{Kind: "inSource"}},
		},
		Errors: []model.FileError{
			{Kind: "policy", Message: "policy crashed"},
			{Path: "x.yaml", Kind: "parse", Range: &model.Range{File: "x.yaml"}},
		},
		Notes: []model.Note{{Message: "a note about nothing in particular"}},
	}
}

func TestSARIFValidates(t *testing.T) {
	sch := sarifSchema(t)
	tests := []struct {
		name string
		res  *model.Result
		opts Options
	}{
		{"no findings, no rules", empty(), Options{}},
		{"rules but no findings", cleanWithRules(), Options{Version: "0.1.0"}},
		{"findings, suppressions, errors and notes", fixture(), Options{Version: "1.2.3"}},
		{"edge cases", oddities(), Options{Version: "dev"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := SARIF(&buf, tc.res, tc.opts); err != nil {
				t.Fatal(err)
			}
			if err := validate(t, sch, buf.Bytes()); err != nil {
				t.Errorf("output does not validate against SARIF 2.1.0:\n%v\n%s", err, buf.Bytes())
			}
		})
	}
}

// TestSARIFSchemaRejects makes sure the validation above can fail: the
// fixture's output, broken in one place at a time, must not validate.
func TestSARIFSchemaRejects(t *testing.T) {
	sch := sarifSchema(t)
	var buf bytes.Buffer
	if err := SARIF(&buf, fixture(), Options{Version: "1.2.3"}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		old   string
		new   string
		count int
	}{
		{"zero start line", `"startLine": 6,`, `"startLine": 0,`, 1},
		{"unknown level", `"level": "note",`, `"level": "info",`, 1},
		{"null suppression guid", `"kind": "inSource",`, `"kind": "inSource", "guid": null,`, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if n := bytes.Count(buf.Bytes(), []byte(tc.old)); n < tc.count {
				t.Fatalf("output has %d of %q, want at least %d", n, tc.old, tc.count)
			}
			broken := bytes.Replace(buf.Bytes(), []byte(tc.old), []byte(tc.new), tc.count)
			if err := validate(t, sch, broken); err == nil {
				t.Errorf("broken output validates:\n%s", broken)
			}
		})
	}
}

// decodeRun parses SARIF output back with go-sarif for field checks.
func decodeRun(t *testing.T, res *model.Result) *sarif.Run {
	t.Helper()
	var buf bytes.Buffer
	if err := SARIF(&buf, res, Options{Version: "1.2.3"}); err != nil {
		t.Fatal(err)
	}
	log, err := sarif.FromBytes(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("got %d runs, want 1", len(log.Runs))
	}
	return log.Runs[0]
}

func TestSARIFResults(t *testing.T) {
	run := decodeRun(t, oddities())
	type summary struct {
		RuleID      string
		RuleIndex   int // -1 when absent
		Level       string
		Message     string
		URI         string
		BaseID      string
		Region      string
		Suppression string
	}
	var got []summary
	for _, r := range run.Results {
		s := summary{RuleID: *r.RuleID, RuleIndex: -1, Level: *r.Level, Message: *r.Message.Text}
		if r.RuleIndex != nil {
			s.RuleIndex = int(*r.RuleIndex)
		}
		al := r.Locations[0].PhysicalLocation.ArtifactLocation
		s.URI = *al.URI
		if al.URIBaseId != nil {
			s.BaseID = *al.URIBaseId
		}
		if reg := r.Locations[0].PhysicalLocation.Region; reg != nil {
			s.Region = regionString(reg)
		}
		if len(r.Suppressions) > 0 {
			s.Suppression = r.Suppressions[0].Kind
		}
		got = append(got, s)
	}
	want := []summary{
		{"DUP-1", 0, "error", "spaces", "my%20dir/a%20b.yaml", "%SRCROOT%", "2:1-2:", ""},
		{"UNKNOWN", -1, "warning", "UNKNOWN", "./c:d/x.yaml", "%SRCROOT%", "3:4-3:", ""},
		{"NO-TITLE", 1, "warning", "absolute", "file:///abs/path/t.json", "", "", ""},
		{"NO-TITLE", 1, "note", "windows", "file:///C:/work/t.json", "", "1:-1:", "inSource"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}

	var ids []string
	for _, r := range run.Tool.Driver.Rules {
		ids = append(ids, r.ID+" "+*r.Name)
	}
	if diff := cmp.Diff([]string{"DUP-1 First", "NO-TITLE NOTITLE"}, ids); diff != "" {
		t.Errorf("rules (-want +got):\n%s", diff)
	}
	if tags := run.Tool.Driver.Rules[1].Properties["tags"]; !cmp.Equal(tags, []any{"security"}) {
		t.Errorf("tags of NO-TITLE = %v, want [security] once", tags)
	}
}

func regionString(r *sarif.Region) string {
	n := func(p *int) string {
		if p == nil {
			return ""
		}
		return strconv.Itoa(*p)
	}
	return n(r.StartLine) + ":" + n(r.StartColumn) + "-" + n(r.EndLine) + ":" + n(r.EndColumn)
}

func TestSARIFInvocation(t *testing.T) {
	run := decodeRun(t, fixture())
	inv := run.Invocations[0]
	if inv.ExecutionSuccessful == nil || *inv.ExecutionSuccessful {
		t.Errorf("executionSuccessful = %v, want false for an incomplete scan", inv.ExecutionSuccessful)
	}
	var got []string
	for _, n := range inv.ToolExecutionNotifications {
		where := ""
		if len(n.Locations) > 0 {
			pl := n.Locations[0].PhysicalLocation
			where = *pl.ArtifactLocation.URI
			if pl.Region != nil {
				where += " " + regionString(pl.Region)
			}
		}
		got = append(got, n.Level+" | "+where+" | "+*n.Message.Text)
	}
	want := []string{
		"error | templates/broken.yaml 3:9-3: | mapping values are not allowed in this context",
		"error | templates/locked.json | open templates/locked.json: permission denied",
		"note | notes.txt | not a supported input",
		"error | templates/app.yaml | shipgate.aws.iam_wildcard: eval_conflict_error",
		`note | templates/app.yaml 17:5-17:9 | unknown resource type "Custom::Thing"; only the raw view covers it`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("notifications (-want +got):\n%s", diff)
	}

	skippedOnly := &model.Result{Errors: []model.FileError{{Path: "a.txt", Kind: "skipped", Message: "not supported"}}}
	if ok := decodeRun(t, skippedOnly).Invocations[0].ExecutionSuccessful; ok == nil || !*ok {
		t.Errorf("executionSuccessful = %v, want true when files were only skipped", ok)
	}
}

func TestSARIFSuppressions(t *testing.T) {
	run := decodeRun(t, fixture())
	var got []string
	for _, r := range run.Results {
		for _, s := range r.Suppressions {
			j := ""
			if s.Justification != nil {
				j = *s.Justification
			}
			got = append(got, *r.RuleID+" "+s.Kind+" "+*s.Status+" "+j)
		}
	}
	want := []string{
		"AWS-S3-001 inSource accepted archive holds public data",
		"INFO-001 external accepted ",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("suppressions (-want +got):\n%s", diff)
	}
}

func TestUTF16Col(t *testing.T) {
	f := &sourceFile{lines: splitLines([]byte("ab\ncaf\u00e9 x\n\U0001F680 y\n"))}
	tests := []struct {
		name      string
		line, col int
		want      int
	}{
		{"ascii", 1, 2, 2},
		{"after a two-byte rune", 2, 7, 6},
		{"after an astral rune (two UTF-16 units)", 3, 6, 4},
		{"past the end of the line", 1, 5, 5},
		{"past the end after multi-byte runes", 2, 9, 8},
		{"line beyond the source", 9, 7, 7},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := f.utf16Col(tc.line, tc.col); got != tc.want {
				t.Errorf("utf16Col(%d, %d) = %d, want %d", tc.line, tc.col, got, tc.want)
			}
		})
	}
	if got := (*sourceFile)(nil).utf16Col(2, 7); got != 7 {
		t.Errorf("utf16Col without source = %d, want the byte column 7", got)
	}
}

func TestCamelCase(t *testing.T) {
	tests := map[string]string{
		"S3 bucket without server-side encryption": "S3BucketWithoutServerSideEncryption",
		"image uses the 'latest' tag":              "ImageUsesTheLatestTag",
		"":                                         "",
		"--":                                       "",
		"élan vital":                               "ÉlanVital",
	}
	for in, want := range tests {
		if got := camelCase(in); got != want {
			t.Errorf("camelCase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTidyJSON(t *testing.T) {
	in := `{"b":null,"a":[1,null,{"x":null,"y":"<&>"}],"c":{"d":null},"e":true,"f":1.50}`
	want := "{\n  \"a\": [\n    1,\n    null,\n    {\n      \"y\": \"<&>\"\n    }\n  ],\n  \"c\": {},\n  \"e\": true,\n  \"f\": 1.50\n}\n"
	got, err := tidyJSON([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("tidyJSON (-want +got):\n%s", diff)
	}
	if _, err := tidyJSON([]byte(`{"a":`)); err == nil {
		t.Error("tidyJSON accepted truncated JSON")
	}
}
