package workflow

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/scanner/model"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name, path, src string
		want            model.Detection
	}{
		{"workflow dir", ".github/workflows/ci.yml", "on: push\njobs: {}\n", model.Claimed},
		{"monorepo", "svc/api/.github/workflows/ci.yaml", "on: push\njobs: {}\n", model.Claimed},
		{"elsewhere with job shape", "ci/build.yml", "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n", model.Claimed},
		{"elsewhere without job shape", "ci/build.yml", "on: push\njobs:\n  a:\n    image: x\n", model.NotClaimed},
		{"no on", ".github/workflows/ci.yml", "jobs: {}\n", model.NotClaimed},
		{"action", "act/action.yml", "runs:\n  using: composite\n  steps: []\n", model.Claimed},
		{"action without runs", "act/action.yaml", "name: x\n", model.NotClaimed},
		{"cloudformation", "t.yaml", "Resources: {}\n", model.NotClaimed},
		{"buildspec", "buildspec.yml", "version: 0.2\nphases: {}\n", model.NotClaimed},
		{"not yaml in the workflows directory", ".github/workflows/ci.yml", "on: [\n", model.Unsure},
		{"not yaml named action.yml", "act/action.yml", "runs: [\n", model.Unsure},
		{"not yaml elsewhere", "ci/build.yml", "on: [\n", model.NotClaimed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := (&Reader{}).Detect(tt.path, []byte(tt.src)); got != tt.want {
				t.Errorf("Detect = %v, want %v", got, tt.want)
			}
		})
	}
}

const sample = `on:
  pull_request_target:
    types: [opened]
jobs:
  build:
    runs-on: [self-hosted, linux]
    steps:
      - uses: actions/checkout@v4
      - run: |
          echo "${{ github.event.issue.title }}" >> "$GITHUB_ENV"
      - uses: o/r/sub@0123456789abcdef0123456789abcdef01234567
      - if: github.actor == 'x'
        run: echo "a ${{ x }}"
`

func TestParseModel(t *testing.T) {
	d, err := Parse(".github/workflows/ci.yml", []byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	v := d.View
	job := v["jobs"].([]any)[0].(map[string]any)
	steps := job["steps"].([]any)
	step := func(i int) map[string]any { return steps[i].(map[string]any) }
	rng := func(ptr string) model.Range { return d.Source[ptr] }
	r := func(l1, c1, l2, c2 int) model.Range {
		return model.Range{File: ".github/workflows/ci.yml", Start: model.Pos{Line: l1, Col: c1}, End: model.Pos{Line: l2, Col: c2}}
	}

	tr := v["triggers"].([]any)[0].(map[string]any)
	if diff := cmp.Diff([]any{"pull_request_target", []any{"opened"}, r(2, 3, 3, 20)}, []any{tr["event"], tr["types"], rng(tr["src"].(string))}); diff != "" {
		t.Errorf("trigger (-want +got):\n%s", diff)
	}
	if got := job["runs_on"].(map[string]any)["self_hosted"]; got != "yes" {
		t.Errorf("self_hosted = %v", got)
	}
	if got := v["permissions"].(map[string]any); got["state"] != "absent" || got["src"] != "" {
		t.Errorf("permissions = %v", got)
	}

	u := step(0)["uses"].(map[string]any)
	if diff := cmp.Diff([]any{"repository", "actions", "checkout", "", "v4", false}, []any{u["kind"], u["owner"], u["repo"], u["path"], u["ref"], u["pinned"]}); diff != "" {
		t.Errorf("uses (-want +got):\n%s", diff)
	}
	u = step(2)["uses"].(map[string]any)
	if diff := cmp.Diff([]any{"sub", true}, []any{u["path"], u["pinned"]}); diff != "" {
		t.Errorf("pinned uses (-want +got):\n%s", diff)
	}

	run := step(1)["run"].(map[string]any)
	e := run["exprs"].([]any)[0].(map[string]any)
	if diff := cmp.Diff(r(10, 17, 10, 48), rng(e["src"].(string))); diff != "" {
		t.Errorf("expression range (-want +got):\n%s", diff)
	}
	cmd := run["commands"].([]any)[0].(map[string]any)
	redir := cmd["redirs"].([]any)[0].(map[string]any)
	if diff := cmp.Diff([]any{"echo", ">>", `"$GITHUB_ENV"`, r(10, 11, 10, 66), r(10, 50, 10, 66)},
		[]any{cmd["name"], redir["op"], redir["target"], rng(cmd["src"].(string)), rng(redir["src"].(string))}); diff != "" {
		t.Errorf("command (-want +got):\n%s", diff)
	}

	cond := step(3)["if"].(map[string]any)
	ce := cond["exprs"].([]any)[0].(map[string]any)
	if diff := cmp.Diff([]any{"bare", "github.actor == 'x'", r(12, 13, 12, 32)}, []any{cond["form"], ce["text"], rng(ce["src"].(string))}); diff != "" {
		t.Errorf("condition (-want +got):\n%s", diff)
	}
}

func TestParseImage(t *testing.T) {
	tests := []struct {
		in   string
		want imageRef
	}{
		{"node", imageRef{name: "node"}},
		{"node:18", imageRef{name: "node", tag: "18"}},
		{"ghcr.io/o/i:1@sha256:ab", imageRef{registry: "ghcr.io", name: "o/i", tag: "1", digest: "sha256:ab"}},
		{"localhost:5000/i", imageRef{registry: "localhost:5000", name: "i"}},
		{"library/redis", imageRef{name: "library/redis"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, parseImage(tt.in), cmp.AllowUnexported(imageRef{})); diff != "" {
			t.Errorf("parseImage(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}
