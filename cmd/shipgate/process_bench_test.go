package main

import (
	"os/exec"
	"path/filepath"
	"testing"
)

// BenchmarkOneFileProcess times what a pre-commit hook costs: the built
// binary started on one file of each kind, process start included, and
// shipgate version for the start alone. A file pays for the built-in
// policies that can report on it, compiled when it is met: its view's,
// and of the AWS ones those of the collections it declares. Figures, not
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
		"buildspec":      "../../testdata/e2e/repository/repo/buildspec.yml",
	}
	b.Run("start", func(b *testing.B) {
		for b.Loop() {
			if out, err := exec.Command(bin, "version").CombinedOutput(); err != nil {
				b.Fatalf("%v\n%s", err, out)
			}
		}
	})
	for _, kind := range []string{"cloudformation", "terraform", "dockerfile", "workflow", "buildspec"} {
		b.Run(kind, func(b *testing.B) {
			for b.Loop() {
				cmd := exec.Command(bin, "scan", "--fail-on", "none", "--no-config", files[kind])
				if out, err := cmd.CombinedOutput(); err != nil {
					b.Fatalf("%v\n%s", err, out)
				}
			}
		})
	}
}
