package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/scanner"
	"github.com/shipgate/shipgate/scanner/model"
)

// TestConfigErrors loads broken config files: every mistake is reported
// with its file:line:col, all of them at once.
func TestConfigErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string
	}{
		{"empty", "", ""},
		{"only comments", "# nothing\n", ""},
		{"null root", "~\n", ""},
		{"not a mapping", "- exclude\n", "c.yaml:1:1: the config file: want a mapping, got a list"},
		{"syntax", "exclude: [a\n", "c.yaml:1:1: not valid YAML: did not find expected ',' or ']'"},
		{"typo top", "fail_on: high\n", `c.yaml:1:1: unknown key "fail_on" at the top level; did you mean "fail-on"?`},
		{"typo far", "colour: red\n", `c.yaml:1:1: unknown key "colour" at the top level (known: exclude, rules, frameworks, severity, fail-on, soft-fail, hard-fail, policies, terraform, cloudformation, ignore)`},
		{"typo nested", "terraform:\n  varfiles: [a]\n", `c.yaml:2:3: unknown key "varfiles" in terraform; did you mean "var-files"?`},
		{"typo ignore", "ignore:\n  - path: a\n    rule: [X]\n    reason: r\n", "c.yaml:2:5: ignore entry: \"rules\" is required\nc.yaml:3:5: unknown key \"rule\" in ignore; did you mean \"rules\"?"},
		{"duplicate", "fail-on: high\nfail-on: low\n", `c.yaml:2:1: duplicate key "fail-on"`},
		{"list of numbers", "exclude: [1, a]\n", `c.yaml:1:11: exclude: want a string, got a number "1"`},
		{"bad glob", "exclude: ['[']\n", `c.yaml:1:10: exclude pattern "[": syntax error in pattern`},
		{"glob bomb", "exclude: ['**/**/**/**/**/x']\n", `c.yaml:1:10: exclude pattern "**/**/**/**/**/x": too long or too many "**" (at most 1024 bytes and 4 "**")`},
		{"var name", "terraform:\n  vars: {\"a=b\": c}\n", `c.yaml:2:10: terraform variable "a=b": not a variable name`},
		{"severity none", "severity:\n  X: none\n", `c.yaml:2:6: severity of X: unknown severity "none" (want critical, high, medium, low or info)`},
		{"var is a map", "terraform:\n  vars:\n    a: {b: c}\n", "c.yaml:3:8: terraform variable a: want a string, number or boolean, got a mapping"},
		{"alias", "x: &a [b]\nexclude: *a\n", "c.yaml:1:1: unknown key \"x\" at the top level (known: exclude, rules, frameworks, severity, fail-on, soft-fail, hard-fail, policies, terraform, cloudformation, ignore)\nc.yaml:2:10: exclude: want a list of strings, got an alias (aliases are not read in the config file)"},
		{"soft and hard", "soft-fail: [High, X]\nhard-fail: [high]\n", "c.yaml:1:13: high is in both soft-fail and hard-fail; keep it in one"},
		{"soft none", "soft-fail: [none]\n", `c.yaml:1:13: soft-fail: "none" is not a severity a finding has`},
		{"enable and disable", "rules:\n  enable: [A]\n  disable: [A]\n", "c.yaml:3:13: rule A is both enabled and disabled"},
		{"empty rules", "ignore:\n  - path: a\n    rules: []\n    reason: r\n", `c.yaml:3:12: ignore rules: name at least one rule id, or "*" for every rule`},
		{"bad date", "ignore:\n  - {path: a, rules: [X], reason: r, expires: 2027-13-01}\n", `c.yaml:2:47: ignore expires: want a date YYYY-MM-DD, got a string "2027-13-01"`},
		{"control chars", "\"a\\x1bb\": 1\n", `c.yaml:1:1: unknown key "a\x1bb" at the top level (known: exclude, rules, frameworks, severity, fail-on, soft-fail, hard-fail, policies, terraform, cloudformation, ignore)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			if err := os.WriteFile("c.yaml", []byte(tt.src), 0o644); err != nil {
				t.Fatal(err)
			}
			got := ""
			if _, err := loadConfig("c.yaml"); err != nil {
				got = err.Error()
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
		})
	}
}

// TestConfigValues checks what a valid file turns into, relative paths
// resolved against the file's directory.
func TestConfigValues(t *testing.T) {
	t.Chdir(t.TempDir())
	os.MkdirAll("conf", 0o755)
	src := `exclude: ["vendor/**"]
policies: [policies]
frameworks: [cis-aws-3.0]
soft-fail: [LOW, AWS-S3-001]
terraform:
  vars: {count: 3, on: true}
  var-files: [prod.tfvars]
cloudformation:
  parameters: {Env: prod}
`
	if err := os.WriteFile("conf/c.yaml", []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	fc, err := loadConfig("conf/c.yaml")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]any{
		"exclude": fc.exclude, "policies": fc.policies, "vars": fc.vars,
		"var-files": fc.varFiles[0].id, "params": fc.params,
		"soft": []string{fc.softFail[0].id, fc.softFail[1].id}, "frameworks": fc.frameworks[0].id,
	}
	want := map[string]any{
		"exclude": []string{"vendor/**"}, "policies": []string{filepath.Join("conf", "policies")}, "vars": []string{"count=3", "on=true"},
		"var-files": filepath.Join("conf", "prod.tfvars"), "params": map[string]string{"Env": "prod"},
		"soft": []string{"low", "AWS-S3-001"}, "frameworks": "cis-aws-3.0",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestFindConfig finds the file upward from the scan root, stopping at
// the repository root.
func TestFindConfig(t *testing.T) {
	root := t.TempDir()
	t.Chdir(root)
	for _, d := range []string{"repo/.git", "repo/infra/app", "outer"} {
		os.MkdirAll(d, 0o755)
	}
	os.WriteFile(".shipgate.yaml", []byte(""), 0o644) // above the repository: never read
	tests := []struct{ name, start, write, want string }{
		{"none up to the repository root", "repo/infra/app", "", ""},
		{"at the root", "repo/infra/app", "repo/.shipgate.yml", filepath.Join("repo", ".shipgate.yml")},
		{"nearest wins", "repo/infra/app/x.yaml", "repo/infra/.shipgate.yaml", filepath.Join("repo", "infra", ".shipgate.yaml")},
		{"no repository: up to the filesystem root", "outer", "", ".shipgate.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.write != "" {
				os.WriteFile(tt.write, []byte(""), 0o644)
				defer os.Remove(tt.write)
			}
			got, err := findConfig(tt.start)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("findConfig(%q) = %q, want %q", tt.start, got, tt.want)
			}
		})
	}
	os.WriteFile("repo/.shipgate.yaml", nil, 0o644)
	os.WriteFile("repo/.shipgate.yml", nil, 0o644)
	if _, err := findConfig("repo"); err == nil || !strings.Contains(err.Error(), "keep one") {
		t.Errorf("both names: err = %v, want one asking to keep one", err)
	}
}

// TestInit writes the starter file, which loads without error (as written,
// and with every key uncommented), refuses to overwrite it, and a scan
// reads it.
func TestInit(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	os.Mkdir(".git", 0o755)
	var stdout, stderr bytes.Buffer
	if code := run([]string{"init"}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("init: exit %d: %s", code, stderr.String())
	}
	if _, err := loadConfig(".shipgate.yaml"); err != nil {
		t.Errorf("starter file: %v", err)
	}
	uncommented := regexp.MustCompile(`(?m)^# ?(\s*[a-z-]+:|\s+- |\s+[A-Za-z:]+:)`).ReplaceAllString(starterConfig, "$1")
	os.WriteFile("all.yaml", []byte(uncommented), 0o644)
	fc, err := loadConfig("all.yaml")
	if err != nil {
		t.Fatalf("starter file uncommented: %v\n%s", err, uncommented)
	}
	if len(fc.ignores) != 1 || len(fc.vars) != 1 || fc.failOn != "high" {
		t.Errorf("starter file uncommented reads %+v", fc)
	}
	if err := fc.checkRules(builtinRules(t)); err != nil {
		t.Errorf("starter file's rule ids: %v", err)
	}
	os.Remove("all.yaml")

	stderr.Reset()
	if code := run([]string{"init"}, nil, &stdout, &stderr); code != exitUsage || !strings.Contains(stderr.String(), "--force") {
		t.Errorf("second init: exit %d, %q; want 2 asking for --force", code, stderr.String())
	}
	if code := run([]string{"init", "--force"}, nil, &stdout, &stderr); code != 0 {
		t.Errorf("init --force: exit %d", code)
	}
	os.WriteFile("app.yaml", []byte("Resources:\n  Q:\n    Type: AWS::SQS::Queue\n"), 0o644)
	stderr.Reset()
	if code := run([]string{"scan", "--format", "json"}, nil, &stdout, &stderr); code != 0 {
		t.Errorf("scan after init: exit %d: %s", code, stderr.String())
	}
}

// TestConfigDocs fails when docs/config.md leaves out a key the loader
// accepts.
func TestConfigDocs(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "config.md"))
	if err != nil {
		t.Fatal(err)
	}
	for section, keys := range configKeys {
		for _, k := range keys {
			name := k
			if section != "" {
				name = section + "." + k
			}
			if !strings.Contains(string(doc), "`"+name+"`") {
				t.Errorf("docs/config.md does not document `%s`", name)
			}
		}
	}
}

// builtinRules are the metadata of the built-in policies.
func builtinRules(t *testing.T) []model.Rule {
	t.Helper()
	sc, err := scanner.New(context.Background(), scanner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return sc.Rules()
}
