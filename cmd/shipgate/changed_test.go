package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// gitRepo makes a git repository in a temporary directory, changes into
// it, and returns a function that runs git there.
func gitRepo(t testing.TB) func(args ...string) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed; changed-files mode needs it (CI has it)")
	}
	dir := t.TempDir()
	t.Chdir(dir)
	t.Setenv("GIT_CONFIG_GLOBAL", os.DevNull)
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	t.Setenv("GIT_AUTHOR_NAME", "test")
	t.Setenv("GIT_AUTHOR_EMAIL", "test@example.com")
	t.Setenv("GIT_COMMITTER_NAME", "test")
	t.Setenv("GIT_COMMITTER_EMAIL", "test@example.com")
	g := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", args...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	g("init", "-q", "-b", "main")
	return g
}

func writeFile(t testing.TB, file, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

const (
	cleanDockerfile = "FROM alpine:3.19\nUSER app\n"
	// badDockerfile has medium findings (no USER, a latest tag).
	badDockerfile = "FROM ubuntu:latest\nRUN echo hi\n"
)

// found is a finding as the changed-files tests compare them.
type found struct {
	Rule, File string
	Line       int
	Message    string
}

// scanFindings runs a JSON scan and returns its exit code, findings and
// stderr.
func scanFindings(t testing.TB, args ...string) (int, []found, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(append([]string{"scan", "--format", "json", "--fail-on", "medium"}, args...), strings.NewReader(""), &stdout, &stderr)
	if code == exitUsage {
		return code, nil, stderr.String()
	}
	var doc struct {
		Findings []struct {
			RuleID  string `json:"rule_id"`
			Message string `json:"message"`
			Range   struct {
				File  string `json:"file"`
				Start struct {
					Line int `json:"line"`
				} `json:"start"`
			} `json:"range"`
		} `json:"findings"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &doc); err != nil {
		t.Fatalf("scan %v: exit %d, bad JSON: %v\nstderr: %s", args, code, err, stderr.String())
	}
	out := []found{}
	for _, f := range doc.Findings {
		out = append(out, found{f.RuleID, f.Range.File, f.Range.Start.Line, f.Message})
	}
	return code, out, stderr.String()
}

// inFiles keeps the findings in the given files.
func inFiles(fs []found, files ...string) []found {
	return slices.DeleteFunc(slices.Clone(fs), func(f found) bool { return !slices.Contains(files, f.File) })
}

func copyModuleFixture(t *testing.T) {
	t.Helper()
	copyTree(t, filepath.Join(origDir(t), "..", "..", "testdata", "e2e", "terraform-module", "infra"), "infra")
}

// origDir is the package directory, recorded before a test changes into
// its repository.
var pkgDir, _ = os.Getwd()

func origDir(*testing.T) string { return pkgDir }

// TestStaged: --staged scans the staged content of the staged files only,
// evaluating a staged Terraform file with its whole module.
func TestStaged(t *testing.T) {
	g := gitRepo(t)
	writeFile(t, "app/Dockerfile", cleanDockerfile)
	writeFile(t, "web/Dockerfile", badDockerfile)
	writeFile(t, "README.md", "# shop\n")
	copyModuleFixture(t)
	g("add", "-A")
	g("commit", "-q", "-m", "initial")

	// Nothing staged: nothing scanned, even though web/Dockerfile has
	// findings.
	code, got, stderr := scanFindings(t, "--staged")
	if code != exitOK || len(got) != 0 {
		t.Errorf("nothing staged: exit %d, findings %v, stderr %q; want exit 0 and none", code, got, stderr)
	}

	// The staged content counts, not the working tree: a bad Dockerfile
	// staged then fixed in the working tree still fails the commit...
	writeFile(t, "app/Dockerfile", badDockerfile)
	g("add", "app/Dockerfile")
	writeFile(t, "app/Dockerfile", cleanDockerfile)
	// ...a bad one left unstaged does not...
	writeFile(t, "web/Dockerfile", badDockerfile+"RUN echo unstaged\n")
	// ...and a staged file that is no input, or deleted, is simply not
	// scanned.
	writeFile(t, "README.md", "# shop, staged\n")
	g("add", "README.md")
	g("rm", "-q", "--cached", "infra/terraform.tfvars")
	code, got, stderr = scanFindings(t, "--staged")
	if code != exitFindings {
		t.Errorf("staged bad Dockerfile: exit %d, want %d; stderr %q", code, exitFindings, stderr)
	}
	files := map[string]bool{}
	for _, f := range got {
		files[f.File] = true
	}
	if diff := cmp.Diff(map[string]bool{"app/Dockerfile": true}, files); diff != "" {
		t.Errorf("files with findings (-want +got):\n%s", diff)
	}
	g("reset", "-q")
	g("checkout", "-q", "--", ".")

	// A staged child module is evaluated through the root module that
	// calls it (with its tfvars): its findings equal a full scan's.
	writeFile(t, "infra/modules/logs/main.tf", "# Log group of one app.\n\n"+readFile(t, "infra/modules/logs/main.tf"))
	g("add", "infra/modules/logs/main.tf")
	_, full, _ := scanFindings(t, ".")
	// An untracked file of the module is not part of the commit: were it
	// read, its syntax error would make the scan incomplete.
	writeFile(t, "infra/modules/logs/extra.tf", "resource \"aws_cloudwatch_log_group\" {\n")
	code, got, stderr = scanFindings(t, "--staged")
	want := inFiles(full, "infra/modules/logs/main.tf")
	if len(want) == 0 {
		t.Fatal("the full scan has no finding in the module; the test proves nothing")
	}
	if diff := cmp.Diff(want, got); diff != "" || code != exitOK {
		t.Errorf("staged child module (-full scan +staged), exit %d (want 0), stderr %q:\n%s", code, stderr, diff)
	}
	g("commit", "-q", "-m", "comment")
	os.Remove("infra/modules/logs/extra.tf")

	// A staged root module reports the findings inside the module
	// instances it calls, as a full scan does.
	writeFile(t, "infra/main.tf", "# Shop.\n"+readFile(t, "infra/main.tf"))
	g("add", "infra/main.tf")
	_, full, _ = scanFindings(t, ".")
	_, got, _ = scanFindings(t, "--staged")
	want = inFiles(full, "infra/main.tf", "infra/modules/logs/main.tf")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("staged root module (-full scan +staged):\n%s", diff)
	}
}

// TestChangedSince: --changed-since scans what changed since the merge
// base with the ref, through the working tree; renamed files count under
// their new name and deleted files are left out.
func TestChangedSince(t *testing.T) {
	g := gitRepo(t)
	writeFile(t, "app/Dockerfile", badDockerfile)
	writeFile(t, "old/Dockerfile", cleanDockerfile)
	writeFile(t, "gone/Dockerfile", cleanDockerfile)
	writeFile(t, "web/Dockerfile", badDockerfile)
	g("add", "-A")
	g("commit", "-q", "-m", "initial")
	g("checkout", "-q", "-b", "feature")
	if err := os.Mkdir("new", 0o755); err != nil {
		t.Fatal(err)
	}
	g("mv", "old/Dockerfile", "new/Dockerfile")
	g("rm", "-q", "gone/Dockerfile")
	g("commit", "-q", "-m", "move")
	// main moves on: the merge base, not main's tip, is compared.
	g("checkout", "-q", "main")
	writeFile(t, "web/Dockerfile", badDockerfile+"RUN echo main\n")
	g("commit", "-q", "-am", "main moves")
	g("checkout", "-q", "feature")
	// The renamed file brings a finding; the working tree (not committed)
	// counts too.
	writeFile(t, "new/Dockerfile", badDockerfile)
	writeFile(t, "app/Dockerfile", badDockerfile+"RUN echo more\n")

	code, got, stderr := scanFindings(t, "--changed-since", "main")
	if code != exitFindings {
		t.Errorf("exit %d, want %d; stderr %q", code, exitFindings, stderr)
	}
	files := map[string]bool{}
	for _, f := range got {
		files[f.File] = true
	}
	if diff := cmp.Diff(map[string]bool{"app/Dockerfile": true, "new/Dockerfile": true}, files); diff != "" {
		t.Errorf("files with findings (-want +got):\n%s", diff)
	}
}

func TestChangedErrors(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed; changed-files mode needs it (CI has it)")
	}
	tests := []struct {
		name   string
		repo   bool
		orphan bool // HEAD on a branch with no history in common with main
		args   []string
		want   string
	}{
		{name: "outside a repository", args: []string{"--staged"}, want: "shipgate: --staged: . is not inside a git repository: git rev-parse: fatal: not a git repository"},
		{name: "option as ref", repo: true, args: []string{"--changed-since", "--output=x"}, want: "shipgate: --changed-since: \"--output=x\" is not a git revision\n"},
		{name: "unknown ref", repo: true, args: []string{"--changed-since", "nope"}, want: "shipgate: --changed-since: git merge-base: fatal: Not a valid object name nope\n"},
		{name: "no merge base", repo: true, orphan: true, args: []string{"--changed-since", "main"}, want: "shipgate: --changed-since: \"main\" and HEAD have no common ancestor; in a shallow clone, fetch the history of both (fetch-depth: 0)\n"},
		{name: "both", repo: true, args: []string{"--staged", "--changed-since", "main"}, want: "shipgate: --staged and --changed-since: give one of them\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.repo {
				g := gitRepo(t)
				writeFile(t, "Dockerfile", cleanDockerfile)
				g("add", "-A")
				g("commit", "-q", "-m", "initial")
				if tt.orphan {
					g("checkout", "-q", "--orphan", "other")
					g("commit", "-q", "-m", "unrelated")
				}
			} else {
				t.Chdir(t.TempDir())
				t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(mustGetwd(t)))
			}
			code, _, stderr := scanFindings(t, tt.args...)
			if code != exitUsage || !strings.HasPrefix(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit 2 and prefix %q", code, stderr, tt.want)
			}
		})
	}
}

func mustGetwd(t *testing.T) string {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return wd
}

func readFile(t testing.TB, file string) string {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
