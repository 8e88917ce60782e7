package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// copyTree copies the regular files under src to dst.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// edit rewrites a file with fn.
func edit(t *testing.T, file string, fn func(string) string) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte(fn(string(data))), 0o644); err != nil {
		t.Fatal(err)
	}
}

// scanSummary is what the baseline tests read from the JSON output.
type scanSummary struct {
	Exit     int
	Findings int
	Baseline map[string]int // baseline_state → findings
	Absent   int
}

func scanJSON(t *testing.T, args ...string) scanSummary {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(append([]string{"scan", "--format", "json"}, args...), strings.NewReader(""), &stdout, &stderr)
	var doc struct {
		Findings []struct {
			Baseline string `json:"baseline_state"`
		} `json:"findings"`
		Summary struct {
			Findings int `json:"findings"`
		} `json:"summary"`
		Absent []json.RawMessage `json:"baseline_absent"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &doc); err != nil {
		t.Fatalf("scan %v: exit %d, stderr %q, bad JSON: %v", args, code, stderr.String(), err)
	}
	s := scanSummary{Exit: code, Findings: doc.Summary.Findings, Baseline: map[string]int{}, Absent: len(doc.Absent)}
	for _, f := range doc.Findings {
		s.Baseline[f.Baseline]++
	}
	return s
}

// TestBaselineSurvivesEdits writes a baseline, then scans the same
// configuration with lines inserted above every finding and a comment
// reworded: nothing is new and the gate passes. A finding added afterwards
// is new and gates alone.
func TestBaselineSurvivesEdits(t *testing.T) {
	dir := t.TempDir()
	copyTree(t, filepath.Join("..", "..", "testdata", "e2e", "terraform-module", "infra"), filepath.Join(dir, "infra"))
	t.Chdir(dir)
	main := filepath.Join("infra", "main.tf")
	edit(t, main, func(s string) string {
		return strings.Replace(s, `resource "aws_s3_bucket" "artifacts"`, "# build artifacts\nresource \"aws_s3_bucket\" \"artifacts\"", 1)
	})
	common := []string{"infra", "--var", "environment=prod", "--fail-on", "low"}

	first := scanJSON(t, append(common, "--write-baseline", "base.json")...)
	// The count follows the built-in rules; what matters is that every
	// finding is baselined and stays so.
	n := first.Baseline["unchanged"]
	if first.Exit != exitOK || first.Findings != 0 || n < 5 {
		t.Fatalf("writing the baseline: got %+v, want exit 0 with at least 5 baselined findings", first)
	}
	written, err := os.ReadFile("base.json")
	if err != nil {
		t.Fatal(err)
	}

	edit(t, main, func(s string) string {
		s = "# Shop infrastructure.\n\n# Owned by the platform team.\n\n" + s
		s = strings.Replace(s, "# build artifacts", "# Build artifacts, kept for a year\n# (see the retention runbook).", 1)
		return strings.Replace(s, "  ingress {", "  description = \"web\"\n\n  ingress {", 1)
	})
	edit(t, filepath.Join("infra", "modules", "logs", "main.tf"), func(s string) string { return "\n\n# Log group of one app.\n" + s })
	got := scanJSON(t, append(common, "--baseline", "base.json")...)
	want := scanSummary{Exit: exitOK, Findings: 0, Baseline: map[string]int{"unchanged": n}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("after inserting lines (-want +got):\n%s", diff)
	}

	// Writing the baseline again from the edited files gives the same
	// bytes: nothing in it depends on lines.
	scanJSON(t, append(common, "--write-baseline", "again.json")...)
	again, err := os.ReadFile("again.json")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(written), string(again)); diff != "" {
		t.Errorf("baseline changed with line shifts (-before +after):\n%s", diff)
	}

	edit(t, main, func(s string) string {
		return s + "\nresource \"aws_security_group\" \"admin\" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n"
	})
	got = scanJSON(t, append(common, "--baseline", "base.json")...)
	want = scanSummary{Exit: exitFindings, Findings: 1, Baseline: map[string]int{"unchanged": n, "new": 1}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("after adding a finding (-want +got):\n%s", diff)
	}

	// Fixing a baselined finding leaves its entry absent.
	edit(t, main, func(s string) string { return strings.Replace(s, `["10.0.0.0/8", "0.0.0.0/0"]`, `["10.0.0.0/8"]`, 1) })
	got = scanJSON(t, append(common, "--baseline", "base.json")...)
	want = scanSummary{Exit: exitFindings, Findings: 1, Baseline: map[string]int{"unchanged": n - 1, "new": 1}, Absent: 1}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("after fixing a finding (-want +got):\n%s", diff)
	}
}

// TestBaselineErrors: a baseline that cannot be used is exit 2 with a
// message naming the file, before anything is scanned.
func TestBaselineErrors(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	valid := `{"schema": "shipgate-baseline/v1", "findings": [], "warnings": []}`
	tests := []struct {
		name    string
		content string // "" leaves the file out
		args    []string
		want    string
	}{
		{name: "missing", args: []string{"--baseline", "nope.json"}, want: "shipgate: --baseline: read baseline: "},
		{name: "syntax", content: "{\n  \"schema\": \"shipgate-baseline/v1\",\n  \"findings\": [,]\n}", want: "shipgate: --baseline: baseline b.json:3: invalid JSON: invalid character ',' looking for beginning of value\n"},
		{name: "schema", content: `{"schema": "other/v9", "findings": [], "warnings": []}`, want: "shipgate: --baseline: baseline b.json: schema \"other/v9\": want \"shipgate-baseline/v1\" (write it again with --write-baseline)\n"},
		{name: "unknown field", content: `{"schema": "shipgate-baseline/v1", "finding": []}`, want: "shipgate: --baseline: baseline b.json: invalid baseline: json: unknown field \"finding\"\n"},
		{name: "bad fingerprint", content: `{"schema": "shipgate-baseline/v1", "findings": [{"fingerprint": "xyz", "rule_id": "R", "file": "a.tf", "message": "m", "count": 1}]}`, want: "shipgate: --baseline: baseline b.json: entry 1 (R in \"a.tf\"): fingerprint \"xyz\": want 32 hex digits\n"},
		{name: "empty", content: " ", want: "shipgate: --baseline: baseline b.json: empty file; want a baseline written by --write-baseline\n"},
		{name: "with changed-files", content: valid, args: []string{"--write-baseline", "w.json", "--staged"}, want: "shipgate: --write-baseline records a full scan; it cannot be combined with --staged or --changed-since\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := tt.args
			if tt.content != "" {
				if err := os.WriteFile("b.json", []byte(tt.content), 0o644); err != nil {
					t.Fatal(err)
				}
				if args == nil {
					args = []string{"--baseline", "b.json"}
				}
			}
			var stdout, stderr bytes.Buffer
			code := run(append([]string{"scan"}, append(args, ".")...), strings.NewReader(""), &stdout, &stderr)
			if code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
			if !strings.HasPrefix(stderr.String(), tt.want) {
				t.Errorf("stderr:\n%s\nwant prefix:\n%s", stderr.String(), tt.want)
			}
		})
	}
}
