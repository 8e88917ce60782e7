package main

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestShippedIntegrationsPass scans the files shipgate ships for other
// tools — the GitHub Action, the example workflow and buildspec, the
// release image's Dockerfile — with the built-in rules: each must be read
// as its kind and have no finding at or above low (advisories included).
func TestShippedIntegrationsPass(t *testing.T) {
	tests := []struct {
		file string
		kind string
	}{
		{"action.yml", "github-workflow"},
		{"docs/examples/github-actions.yml", "github-workflow"},
		{"docs/examples/buildspec.yml", "buildspec"},
		{"docs/examples/buildspec-security-hub.yml", "buildspec"},
		{"Dockerfile", "dockerfile"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("..", "..", filepath.FromSlash(tt.file))
			code, stdout, stderr := runCLI("scan", "--format", "json", "--fail-on", "low", path)
			var res struct {
				Scanned []struct {
					Path string `json:"path"`
					Kind string `json:"kind"`
				} `json:"scanned"`
				Findings []struct {
					RuleID   string `json:"rule_id"`
					Severity string `json:"severity"`
					Message  string `json:"message"`
				} `json:"findings"`
			}
			if err := json.Unmarshal([]byte(stdout), &res); err != nil {
				t.Fatalf("exit %d, stderr %q: %v", code, stderr, err)
			}
			for _, f := range res.Findings {
				t.Errorf("%s: %s (%s) %s", tt.file, f.RuleID, f.Severity, f.Message)
			}
			var kinds []string
			for _, s := range res.Scanned {
				kinds = append(kinds, s.Kind)
			}
			if diff := cmp.Diff([]string{tt.kind}, kinds); diff != "" {
				t.Errorf("kinds scanned (-want +got):\n%s", diff)
			}
			if code != exitOK {
				t.Errorf("exit %d, want 0; stderr %q", code, stderr)
			}
		})
	}
}
