package engine

import (
	"context"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/scanner/model"
)

func lazy(o *Options) { o.Lazy = true }

// brokenDocker is a Dockerfile policy that does not compile.
const brokenDocker = `# METADATA
# title: Broken
# custom:
#   id: DOCKER-900
#   severity: low
#   kinds: [dockerfile]
package shipgate.docker.broken

deny contains "x" if no_such_function(input.user)
`

// TestLazyCompilesOnFirstUse: a lazy engine compiles a view's built-in
// policies when a document of the view is first evaluated, so a broken
// Dockerfile policy does not stop CloudFormation from being evaluated, and
// fails every Dockerfile evaluation with its file:line; an eager engine
// fails in New with the same error.
func TestLazyCompilesOnFirstUse(t *testing.T) {
	files := map[string]string{
		"lib/lib.rego":           libRego,
		"aws/s3_encryption.rego": s3Policy,
		"docker/root.rego":       dockerPolicy,
		"docker/broken.rego":     brokenDocker,
	}
	const wantErr = "docker/broken.rego:9: rego_type_error: undefined function no_such_function"
	if _, err := New(context.Background(), Options{Builtin: mapFS(files)}); err == nil || !strings.Contains(err.Error(), wantErr) {
		t.Fatalf("eager New: error %v, want it to contain %q", err, wantErr)
	}

	e := newEngine(t, files, lazy)
	if got := e.Compiled(); len(got) != 0 {
		t.Errorf("compiled before any evaluation: %v", got)
	}
	if ids := ruleIDs(e.Rules()); !slices.Equal(ids, []string{"AWS-S3-001", "DOCKER-001", "DOCKER-900"}) {
		t.Errorf("rules %v", ids)
	}
	got, err := e.Eval(context.Background(), model.KindCloudFormation, awsInput(bucket("B", false, true)))
	if err != nil || len(got) != 1 || got[0].RuleID != "AWS-S3-001" {
		t.Errorf("aws: %v, %v; want one AWS-S3-001 result", got, err)
	}
	if views := slices.Sorted(maps.Keys(e.Compiled())); !slices.Equal(views, []string{"aws"}) {
		t.Errorf("compiled views %v, want [aws]", views)
	}
	for range 2 {
		_, err = e.Eval(context.Background(), model.KindDockerfile, map[string]any{"user": "root"})
		if err == nil || !strings.Contains(err.Error(), wantErr) {
			t.Errorf("dockerfile: error %v, want it to contain %q", err, wantErr)
		}
	}
}

func ruleIDs(rules []model.Rule) []string {
	var out []string
	for _, r := range rules {
		out = append(out, r.ID)
	}
	return out
}

// TestLazyUserPolicyErrors: the user's policies are compiled in New even
// when lazy, so their errors (type errors against the view schema
// included) are New's, with file:line, and the exit code is a usage
// error's, not a failed scan's.
func TestLazyUserPolicyErrors(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"typo.rego": `# METADATA
# title: Typo
# custom:
#   id: USER-001
#   severity: low
#   input: aws
package user.typo

deny contains "x" if input.aws.s3.bukets[_]
`,
		"lib/helpers.rego": "package user.helpers\n\nf(x) := undefined_fn(x)\n",
	})
	schemas := map[string]map[string]any{model.ViewAWS: {
		"type": "object",
		"properties": map[string]any{
			"s3": map[string]any{"type": "object", "properties": map[string]any{"buckets": map[string]any{"type": "array"}}, "additionalProperties": false},
		},
		"additionalProperties": false,
	}}
	tests := []struct {
		name  string
		extra string
		want  string
	}{
		{"type error", "typo.rego", "typo.rego:9: rego_type_error: undefined ref: input.aws.s3.bukets"},
		{"library alone", "lib", "lib/helpers.rego:3: rego_type_error: undefined function undefined_fn"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(context.Background(), Options{
				Builtin: mapFS(map[string]string{"lib/lib.rego": libRego, "docker/root.rego": dockerPolicy}),
				Extra:   []string{filepath.Join(dir, tt.extra)},
				Schemas: schemas,
				Lazy:    true,
			})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("New: error %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

// TestLazyConcurrentFirstUse: many documents of several views arriving at
// once compile each view once and all get the right results (run with
// -race).
func TestLazyConcurrentFirstUse(t *testing.T) {
	e := newEngine(t, map[string]string{
		"lib/lib.rego":           libRego,
		"aws/s3_encryption.rego": s3Policy,
		"docker/root.rego":       dockerPolicy,
	}, lazy)
	const workers = 8
	var wg sync.WaitGroup
	errs := make([]error, workers)
	for w := range workers {
		wg.Go(func() {
			kind, want := model.KindCloudFormation, "AWS-S3-001"
			if w%2 == 1 {
				kind, want = model.KindDockerfile, "DOCKER-001"
			}
			got, err := e.Eval(context.Background(), kind, awsInput(bucket(fmt.Sprint("B", w), false, true)))
			if err == nil && (len(got) != 1 || got[0].RuleID != want) {
				err = fmt.Errorf("%s: got %v, want one %s result", kind, got, want)
			}
			errs[w] = err
		})
	}
	wg.Wait()
	for w, err := range errs {
		if err != nil {
			t.Errorf("worker %d: %v", w, err)
		}
	}
	if diff := cmp.Diff([]string{"aws", "dockerfile"}, slices.Sorted(maps.Keys(e.Compiled()))); diff != "" {
		t.Errorf("compiled views (-want +got):\n%s", diff)
	}
}

// TestLibrariesByReference: a group compiles the libraries its policies
// refer to (through an import alias, or a library referring to another),
// and not the others, so a broken library no policy of the view uses does
// not stop the view.
func TestLibrariesByReference(t *testing.T) {
	e := newEngine(t, map[string]string{
		"lib/lib.rego":           libRego + "\nsecret(x) := secrets.looks(x)\n\nimport data.shipgate.lib.secrets\n",
		"lib/secrets.rego":       "package shipgate.lib.secrets\n\nlooks(x) := startswith(x, \"AKIA\")\n",
		"lib/broken.rego":        "package shipgate.lib.docker\n\nbroken(x) := no_such_function(x)\n",
		"aws/s3_encryption.rego": s3Policy,
	}, lazy)
	got, err := e.Eval(context.Background(), model.KindTerraform, awsInput(bucket("B", false, true)))
	if err != nil || len(got) != 1 {
		t.Errorf("aws: %v, %v; want one result", got, err)
	}
}
