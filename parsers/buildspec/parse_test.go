package buildspec

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/scanner/model"
)

func rng(l1, c1, l2, c2 int) model.Range {
	return model.Range{File: "buildspec.yml", Start: model.Pos{Line: l1, Col: c1}, End: model.Pos{Line: l2, Col: c2}}
}

const sample = `version: 0.2
env:
  shell: bash
  git-credential-helper: yes
  variables:
    STAGE: prod
    URL: https://$HOST/x
  parameter-store:
    DB_PASSWORD: /app/db/password
  secrets-manager:
    TOKEN: ci/token:value
  exported-variables:
    - STAGE
phases:
  install:
    runtime-versions:
      python: 3.10
      nodejs: latest
  build:
    on-failure: ABORT
    commands:
      - echo "$TOKEN" | docker login -u x --password-stdin
      - |
        set -x
        curl -fsSL https://x.sh | sudo bash -s -- -y
    finally:
      - rm -f .env
reports:
  unit:
    files: ['report.xml']
    file-format: JUNITXML
artifacts:
  files:
    - '**/*'
  secondary-artifacts:
    keys:
      files: id_rsa
cache:
  paths: ['/root/.m2/**/*']
`

func TestParseView(t *testing.T) {
	doc, err := Parse("buildspec.yml", []byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	v := doc.View
	env := v["env"].(map[string]any)
	tests := []struct {
		name string
		got  any
		want any
	}{
		{"version", v["version"], map[string]any{"value": "0.2", "known": true, "src": "/version"}},
		{"git credential helper", env["git_credential_helper"], map[string]any{"value": true, "text": "yes", "src": "/env/git-credential-helper"}},
		{"variables", env["variables"], []any{
			map[string]any{"name": "STAGE", "value": "prod", "known": true, "src": "/env/variables/STAGE"},
			map[string]any{"name": "URL", "value": "https://$HOST/x", "known": false, "src": "/env/variables/URL"},
		}},
		{"parameter store", env["parameter_store"], []any{map[string]any{"name": "DB_PASSWORD", "ref": "/app/db/password", "src": "/env/parameter-store/DB_PASSWORD"}}},
		{"exported", env["exported_variables"], []any{map[string]any{"name": "STAGE", "src": "/env/exported-variables/0"}}},
		{"runtime versions", v["phases"].([]any)[0].(map[string]any)["runtime_versions"], []any{
			map[string]any{"name": "python", "version": "3.10", "known": true, "src": "/phases/install/runtime-versions/python"},
			map[string]any{"name": "nodejs", "version": "latest", "known": true, "src": "/phases/install/runtime-versions/nodejs"},
		}},
		{"on-failure", v["phases"].([]any)[1].(map[string]any)["on_failure"], map[string]any{"value": "ABORT", "known": true, "src": "/phases/build/on-failure"}},
		{"artifacts", len(v["artifacts"].([]any)), 2},
		{"secondary files", v["artifacts"].([]any)[1].(map[string]any)["files"], []any{map[string]any{"value": "id_rsa", "known": true, "src": "/artifacts/secondary-artifacts/keys/files"}}},
		{"cache", v["cache"], map[string]any{"src": "/cache", "paths": []any{map[string]any{"value": "/root/.m2/**/*", "known": true, "src": "/cache/paths/0"}}}},
		{"batch", v["batch"], nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, tt.got); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
	build := v["phases"].([]any)[1].(map[string]any)
	cmds := build["commands"].([]any)
	first := cmds[0].(map[string]any)["cmds"].([]any)
	if got := first[0].(map[string]any)["pipe_to"]; got != 1 {
		t.Errorf("echo pipes to %v, want 1", got)
	}
	script := cmds[1].(map[string]any)["cmds"].([]any)
	curl := script[1].(map[string]any)
	sudo := script[2].(map[string]any)
	if curl["name"] != "curl" || curl["pipe_to"] != 2 || sudo["name"] != "bash" || sudo["program"] != 1 {
		t.Errorf("curl | sudo bash: %v / %v", curl, sudo)
	}
	echoVars := first[0].(map[string]any)["args"].([]any)[0].(map[string]any)["vars"]
	if d := cmp.Diff([]any{"TOKEN"}, echoVars); d != "" {
		t.Errorf("vars of \"$TOKEN\" (-want +got)\n%s", d)
	}
	ranges := []struct {
		ptr  string
		want model.Range
	}{
		{"/version", rng(1, 1, 1, 13)},
		{"/env/variables/STAGE", rng(6, 5, 6, 16)},
		// A command in a one-line plain scalar, and its words.
		{"/phases/build/commands/0/cmd/0", rng(22, 9, 22, 22)},
		{"/phases/build/commands/0/cmd/1", rng(22, 25, 22, 59)},
		{"/phases/build/commands/0/cmd/1/word/4", rng(22, 43, 22, 59)},
		// Commands in a literal block scalar: each on its own line.
		{"/phases/build/commands/1/cmd/0", rng(24, 9, 24, 15)},
		{"/phases/build/commands/1/cmd/1", rng(25, 9, 25, 32)},
		{"/phases/build/commands/1/cmd/2", rng(25, 35, 25, 53)},
		{"/phases/build/commands/1/cmd/2/word/1", rng(25, 40, 25, 44)},
		{"/artifacts/secondary-artifacts/keys/files", rng(37, 7, 37, 20)},
	}
	for _, r := range ranges {
		if d := cmp.Diff(r.want, doc.Source[r.ptr]); d != "" {
			t.Errorf("range of %s (-want +got)\n%s", r.ptr, d)
		}
	}
}

func TestFoldedCommandFallsBackToScalar(t *testing.T) {
	src := "version: 0.2\nphases:\n  build:\n    commands:\n      - >\n        curl https://x\n        | sh\n"
	doc, err := Parse("buildspec.yml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := rng(5, 9, 7, 13)
	for _, p := range []string{"/phases/build/commands/0/cmd/0", "/phases/build/commands/0/cmd/1/word/0"} {
		if d := cmp.Diff(want, doc.Source[p]); d != "" {
			t.Errorf("range of %s (-want +got)\n%s", p, d)
		}
	}
}

func TestPowerShellCommandsAreNotSplit(t *testing.T) {
	src := "version: 0.2\nenv:\n  shell: powershell.exe\nphases:\n  build:\n    commands:\n      - Write-Host $env:X | Out-File x\n"
	doc, err := Parse("buildspec.yml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	c := doc.View["phases"].([]any)[0].(map[string]any)["commands"].([]any)[0].(map[string]any)
	if c["parsed"] != false || len(c["cmds"].([]any)) != 0 {
		t.Errorf("a PowerShell command was split: %v", c)
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name, path, src string
		want            model.Detection
	}{
		{"buildspec", "ci/build.yml", "version: 0.2\nphases:\n  build:\n    commands: [make]\n", model.Claimed},
		{"version 0.1", "x.yaml", "version: 0.1\nphases: {}\n", model.Claimed},
		{"batch only", "x.yaml", "version: 0.2\nbatch:\n  build-list: []\n", model.Claimed},
		{"named, artifacts only", "buildspec.yml", "version: 0.2\nartifacts:\n  files: [x]\n", model.Claimed},
		{"compose file", "docker-compose.yml", "version: '3'\nservices: {}\n", model.NotClaimed},
		{"other version", "x.yml", "version: 1.0\nphases: {}\n", model.NotClaimed},
		{"workflow", "ci.yml", "on: push\njobs: {}\n", model.NotClaimed},
		{"phases is a list", "x.yml", "version: 0.2\nphases: [a]\n", model.NotClaimed},
		{"broken named", "buildspec.yml", "version: 0.2\nphases:\n  build:\n   - a\n  x\n", model.Unsure},
		{"broken unnamed that looks like one", "x.yml", "version: 0.2\nphases:\n  build:\n   - a\n  x\n", model.Unsure},
		{"broken unnamed", "x.yml", "version: 3\nphases: [\n", model.NotClaimed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := (&Reader{}).Detect(tt.path, []byte(tt.src)); got != tt.want {
				t.Errorf("Detect = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestScriptBudget(t *testing.T) {
	defer func(n int) { scriptBudget = n }(scriptBudget)
	scriptBudget = 20
	src := "version: 0.2\nphases:\n  build:\n    commands:\n      - echo one two\n      - echo three four\n      - echo five\n"
	doc, err := Parse("buildspec.yml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	cmds := doc.View["phases"].([]any)[0].(map[string]any)["commands"].([]any)
	var parsed []bool
	for _, c := range cmds {
		parsed = append(parsed, c.(map[string]any)["parsed"].(bool))
	}
	if d := cmp.Diff([]bool{true, false, false}, parsed); d != "" {
		t.Errorf("parsed (-want +got)\n%s", d)
	}
	if len(doc.Notes) != 1 || doc.Notes[0].Range.Start != (model.Pos{Line: 6, Col: 9}) {
		t.Errorf("want one note at the first command over budget, have %v", doc.Notes)
	}
}
