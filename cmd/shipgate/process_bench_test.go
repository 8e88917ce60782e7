package main

import (
	"os/exec"
	"path/filepath"
	"testing"
)

// BenchmarkOneFileProcess times what a pre-commit hook costs: the built
// binary started on one file of each kind, process start included
// (issue target: under 50 ms on an idle machine). Figures, not
// assertions: run it with
//
//	go test ./cmd/shipgate -run '^$' -bench OneFileProcess
func BenchmarkOneFileProcess(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "shipgate")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("build: %v\n%s", err, out)
	}
	files := map[string]string{
		"cloudformation": "../../examples/app.yaml",
		"dockerfile":     "../../examples/Dockerfile",
		"workflow":       "../../examples/.github/workflows/deploy.yml",
		"terraform":      "../../testdata/policies/AWS-S3-003/tf-bad",
	}
	for _, kind := range []string{"cloudformation", "terraform", "dockerfile", "workflow"} {
		b.Run(kind, func(b *testing.B) {
			for b.Loop() {
				cmd := exec.Command(bin, "scan", "--fail-on", "none", files[kind])
				if out, err := cmd.CombinedOutput(); err != nil {
					b.Fatalf("%v\n%s", err, out)
				}
			}
		})
	}
}
