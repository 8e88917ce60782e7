package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHTMLControls checks the control view of the HTML report: without
// --framework the CLI computes it for the HTML report alone (every
// framework the rules that ran map to), so the other reports of the same
// run stay as they were; with --framework every report has it.
func TestHTMLControls(t *testing.T) {
	tests := []struct {
		name           string
		args           []string
		wantFrameworks []string
		jsonControls   bool
	}{
		{"all frameworks, html only", nil, []string{"aws-fsbp", "cis-docker-1.6", "devops"}, false},
		{"--framework", []string{"--framework", "cis-docker-1.6"}, []string{"cis-docker-1.6"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			page, jsonOut := filepath.Join(dir, "r.html"), filepath.Join(dir, "r.json")
			args := append([]string{"scan", "--format", "html,json,text", "--output", "html=" + page, "--output", "json=" + jsonOut, "--fail-on", "none"}, tt.args...)
			code, stdout, stderr := runCLI(append(args, filepath.Join("..", "..", "examples"))...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			html, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			for _, fw := range tt.wantFrameworks {
				if !strings.Contains(string(html), "<summary><strong>"+fw+"</strong>") {
					t.Errorf("the HTML report has no controls of %s", fw)
				}
			}
			var doc struct {
				Compliance []any `json:"compliance"`
			}
			raw, err := os.ReadFile(jsonOut)
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(raw, &doc); err != nil {
				t.Fatal(err)
			}
			if got := len(doc.Compliance) > 0; got != tt.jsonControls {
				t.Errorf("JSON report has %d controls, want controls: %v", len(doc.Compliance), tt.jsonControls)
			}
			if got := strings.Contains(stdout, " not applicable\n"); got != tt.jsonControls {
				t.Errorf("text report with control summary = %v, want %v:\n%s", got, tt.jsonControls, stdout)
			}
		})
	}
}
