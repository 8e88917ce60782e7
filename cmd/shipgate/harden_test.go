package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// appYAML is the README's example, with findings of every kind.
func appYAML(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "examples", "app.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// inDir runs the CLI in a new directory holding app.yaml.
func inDir(t *testing.T, args ...string) (dir string, code int, stdout, stderr string) {
	t.Helper()
	dir = t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "app.yaml"), appYAML(t), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(""), &out, &errb)
	return dir, code, out.String(), errb.String()
}

// TestUsageErrors: flag values that used to be ignored or to change
// meaning silently are usage errors.
func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"malformed exclude", []string{"scan", "--exclude", "[", "app.yaml"}, `shipgate: exclude pattern "[": syntax error in pattern`},
		{"negative timeout", []string{"scan", "--timeout", "-1s", "app.yaml"}, "shipgate: --timeout -1s: must be positive"},
		{"zero timeout", []string{"scan", "--timeout", "0", "app.yaml"}, "shipgate: --timeout 0s: must be positive"},
		{"zero size", []string{"scan", "--max-file-size", "0", "app.yaml"}, `shipgate: --max-file-size: size "0": must be positive`},
		{"bad size", []string{"scan", "--max-file-size", "lots", "app.yaml"}, `shipgate: --max-file-size: size "lots": want a number of bytes, or a number followed by KB, MB or GB`},
		{"two formats to one file", []string{"scan", "--output", "json=r.out", "--output", "sarif=./r.out", "app.yaml"}, `shipgate: --output "sarif=./r.out": json already goes to that file; one file holds one format`},
		{"one format to two files", []string{"scan", "--output", "json=a.json", "--output", "json=b.json", "app.yaml"}, `shipgate: --output "json=b.json": json already goes to a.json`},
		{"stdout twice", []string{"scan", "--format", "text", "--output", "json=-", "app.yaml"}, "shipgate: --format: 2 formats would go to stdout; send all but one to files with --output FORMAT=FILE"},
		{"dev stdout counts as stdout", []string{"scan", "--format", "json", "--output", "sarif=/dev/stdout", "app.yaml"}, "shipgate: --format: 2 formats would go to stdout; send all but one to files with --output FORMAT=FILE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, code, stdout, stderr := inDir(t, tt.args...)
			if code != exitUsage || stdout != "" {
				t.Errorf("exit %d, stdout %q; want exit 2 and nothing on stdout", code, stdout)
			}
			if diff := cmp.Diff(tt.want+"\n", stderr); diff != "" {
				t.Errorf("stderr (-want +got):\n%s", diff)
			}
		})
	}
}

// TestOutputToStdout: "-" and /dev/stdout are the run's stdout, never a
// file of that name (as root, /dev/stdout used to be replaced by a file).
func TestOutputToStdout(t *testing.T) {
	for _, dest := range []string{"-", "/dev/stdout"} {
		t.Run(dest, func(t *testing.T) {
			dir, code, stdout, _ := inDir(t, "scan", "--output", "sarif="+dest, "app.yaml")
			if code != exitFindings || !strings.HasPrefix(stdout, "{") || !strings.Contains(stdout, `"version": "2.1.0"`) {
				t.Errorf("exit %d, stdout %.40q; want exit 1 and the SARIF log", code, stdout)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 {
				t.Errorf("files left in the directory: %v", entries)
			}
		})
	}
}

// TestOutputInterrupted: a cancelled run (SIGINT) leaves the previous report
// as it was and no temporary file behind.
func TestOutputInterrupted(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "app.yaml"), appYAML(t), 0o644); err != nil {
		t.Fatal(err)
	}
	report := filepath.Join(dir, "report.json")
	if err := os.WriteFile(report, []byte("previous"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var stderr bytes.Buffer
	w := &cancelWriter{cancel: cancel}
	// The text report goes to stdout first; cancelling while it is written
	// interrupts the run before the JSON report replaces the old one.
	code := runContext(ctx, []string{"scan", filepath.Join(dir, "app.yaml"), "--format", "text,json", "--output", "json=" + report}, nil, w, &stderr)
	if code != exitIncomplete || stderr.String() != "shipgate: interrupted\n" {
		t.Errorf("exit %d, stderr %q; want 3 and interrupted", code, stderr.String())
	}
	// Cancelled while the JSON report is written.
	ctx, cancel = context.WithCancel(context.Background())
	stderr.Reset()
	code = runContext(ctx, []string{"scan", filepath.Join(dir, "app.yaml"), "--format", "json,text", "--output", "text=" + report}, nil, &cancelWriter{cancel: cancel}, &stderr)
	if code != exitIncomplete {
		t.Errorf("exit %d, want 3", code)
	}
	got, err := os.ReadFile(report)
	if err != nil || string(got) != "previous" {
		t.Errorf("report = %q, %v; want the previous one", got, err)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if diff := cmp.Diff([]string{"app.yaml", "report.json"}, names); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
}

// cancelWriter cancels the run as soon as something is written to it.
type cancelWriter struct {
	bytes.Buffer
	cancel func()
}

func (w *cancelWriter) Write(p []byte) (int, error) {
	w.cancel()
	return w.Buffer.Write(p)
}
