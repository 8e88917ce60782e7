package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/scanner/model"
)

// gitRepo makes a temporary git repository, or skips without git.
func initRepo(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	cmd := exec.Command("git", "init", "-q", dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git init: %v: %s", err, out)
	}
	return dir
}

func runCLI(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestHookInstall(t *testing.T) {
	const foreign = "#!/bin/sh\necho mine\n"
	tests := []struct {
		name     string
		existing string // pre-commit content before the install; "" for none
		args     []string
		wantCode int
		// wantHook is the hook's content afterwards: "ours" for shipgate's.
		wantHook string
		wantOut  string
		wantErr  string
	}{
		{name: "new", args: nil, wantCode: exitOK, wantHook: "ours", wantOut: "shipgate: installed pre-commit hook "},
		{name: "own hook replaced", existing: hookScript(model.SeverityLow), wantCode: exitOK, wantHook: "ours", wantOut: "shipgate: replaced pre-commit hook "},
		{name: "foreign hook kept", existing: foreign, wantCode: exitUsage, wantHook: foreign, wantErr: "exists and was not written by shipgate; rerun with --force to replace it"},
		{name: "foreign hook forced", existing: foreign, args: []string{"--force"}, wantCode: exitOK, wantHook: "ours", wantOut: "shipgate: replaced pre-commit hook "},
		{name: "bad severity", args: []string{"--fail-on", "severe"}, wantCode: exitUsage, wantErr: "shipgate: hook install: --fail-on: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := initRepo(t)
			hook := filepath.Join(dir, ".git", "hooks", "pre-commit")
			if tt.existing != "" {
				if err := os.MkdirAll(filepath.Dir(hook), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(hook, []byte(tt.existing), 0o755); err != nil {
					t.Fatal(err)
				}
			}
			code, stdout, stderr := runCLI(append(append([]string{"hook", "install"}, tt.args...), dir)...)
			if code != tt.wantCode {
				t.Fatalf("exit %d, want %d; stderr %q", code, tt.wantCode, stderr)
			}
			if !strings.HasPrefix(stdout, tt.wantOut) || (tt.wantOut == "" && stdout != "") {
				t.Errorf("stdout %q, want it to start %q", stdout, tt.wantOut)
			}
			if !strings.Contains(stderr, tt.wantErr) || (tt.wantErr == "" && stderr != "") {
				t.Errorf("stderr %q, want it to contain %q", stderr, tt.wantErr)
			}
			got, err := os.ReadFile(hook)
			switch {
			case tt.wantHook == "" && err == nil:
				t.Errorf("hook written: %q", got)
			case tt.wantHook == "":
			case err != nil:
				t.Fatal(err)
			case tt.wantHook == "ours":
				if want := hookScript(model.SeverityHigh); string(got) != want {
					t.Errorf("hook (-got +want):\n%s", cmp.Diff(string(got), want))
				}
				info, err := os.Stat(hook)
				if err != nil {
					t.Fatal(err)
				}
				if info.Mode().Perm()&0o111 != 0o111 {
					t.Errorf("hook mode %v, want executable", info.Mode())
				}
			default:
				if string(got) != tt.wantHook {
					t.Errorf("hook %q, want %q", got, tt.wantHook)
				}
			}
		})
	}
}

// TestHookScript pins what the hook runs: the staged files, gated at the
// chosen severity.
func TestHookScript(t *testing.T) {
	got := hookScript(model.SeverityMedium)
	for _, want := range []string{"#!/bin/sh\n" + hookMarker + "\n", "\nexec shipgate scan --staged --fail-on medium\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("hook script lacks %q:\n%s", want, got)
		}
	}
}

// TestHookInstallHooksPath: a repository that keeps its hooks elsewhere
// (core.hooksPath, as husky sets) gets the hook there, where git runs it.
func TestHookInstallHooksPath(t *testing.T) {
	dir := initRepo(t)
	if out, err := exec.Command("git", "-C", dir, "config", "core.hooksPath", "githooks").CombinedOutput(); err != nil {
		t.Fatalf("git config: %v: %s", err, out)
	}
	if code, _, stderr := runCLI("hook", "install", dir); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "githooks", "pre-commit")); err != nil {
		t.Error(err)
	}
}

func TestHookInstallNotARepository(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(dir))
	code, stdout, stderr := runCLI("hook", "install", dir)
	if code != exitUsage || stdout != "" || !strings.HasPrefix(stderr, "shipgate: hook install: git rev-parse in ") {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 2 and a git error", code, stdout, stderr)
	}
}
