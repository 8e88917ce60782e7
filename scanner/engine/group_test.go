package engine

import (
	"context"
	"fmt"
	"maps"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

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

// rolePolicy reads IAM roles only: with an index, a lazy engine compiles it
// in a partition of its own.
const rolePolicy = `# METADATA
# title: Role trusts anyone
# custom:
#   id: AWS-IAM-001
#   severity: high
#   input: aws
package shipgate.aws.iam_trust

import data.shipgate.lib

deny contains {"msg": sprintf("role %q trusts anyone", [lib.name(r)]), "resource": r.resource} if {
	some r in input.aws.iam.roles
	lib.is_true(r.public)
}
`

// queuePolicy reads SQS queues only.
const queuePolicy = `# METADATA
# title: Queue not encrypted
# custom:
#   id: AWS-SQS-001
#   severity: medium
#   input: aws
package shipgate.aws.sqs_encryption

deny contains {"msg": "queue is not encrypted", "resource": q.resource} if {
	some q in input.aws.sqs.queues
	not q.encrypted.value
}
`

// TestPartitionsCompiledTogether: the partition groups a document needs
// are compiled on its first evaluation, in at most one unit per
// processor, and only those: a group no document needs is never
// compiled, and one a later document needs is compiled then. The results
// are the eager engine's.
func TestPartitionsCompiledTogether(t *testing.T) {
	files := map[string]string{
		"lib/lib.rego":            libRego,
		"aws/s3_encryption.rego":  s3Policy,
		"aws/iam_trust.rego":      rolePolicy,
		"aws/sqs_encryption.rego": queuePolicy,
	}
	ctx := context.Background()
	idx, err := BuildIndex(ctx, mapFS(files), nil)
	if err != nil {
		t.Fatal(err)
	}
	eager := newEngine(t, files)
	e := newEngine(t, files, lazy, func(o *Options) { o.Index = idx })

	input := awsInput(bucket("B", false, true))
	input["aws"].(map[string]any)["iam"] = map[string]any{"roles": []any{map[string]any{
		"resource": "R", "name": map[string]any{"value": "R"}, "public": map[string]any{"value": true, "state": "written"},
	}}}
	want, err := eager.Eval(ctx, model.KindCloudFormation, input)
	if err != nil {
		t.Fatal(err)
	}
	got, err := e.Eval(ctx, model.KindCloudFormation, input)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results (-eager +lazy):\n%s", diff)
	}
	if ids := slices.Compact(resultIDs(got)); !slices.Equal(ids, []string{"AWS-IAM-001", "AWS-S3-001"}) {
		t.Errorf("results from %v, want both partitions'", ids)
	}
	compiled := e.Compiled()
	if diff := cmp.Diff([]string{"aws:iam.roles", "aws:s3.buckets"}, slices.Sorted(maps.Keys(compiled))); diff != "" {
		t.Errorf("compiled groups (-want +got):\n%s", diff)
	}
	times := map[time.Duration]bool{}
	for _, d := range compiled {
		times[d] = true
	}
	if len(times) > runtime.GOMAXPROCS(0) {
		t.Errorf("%d compilations for one document on %d processors: %v", len(times), runtime.GOMAXPROCS(0), compiled)
	}

	queue := awsInput()
	queue["aws"] = map[string]any{"sqs": map[string]any{"queues": []any{map[string]any{"resource": "Q", "encrypted": map[string]any{"value": false}}}}}
	got, err = e.Eval(ctx, model.KindCloudFormation, queue)
	if err != nil || len(got) != 1 || got[0].RuleID != "AWS-SQS-001" {
		t.Errorf("queue: %v, %v; want one AWS-SQS-001 result", got, err)
	}
	if _, ok := e.Compiled()["aws:sqs.queues"]; !ok {
		t.Errorf("compiled %v after a queue", slices.Sorted(maps.Keys(e.Compiled())))
	}
}

// resultIDs are the rule ids of results, in order.
func resultIDs(rs []Result) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.RuleID
	}
	return out
}

// TestUnits: groups are dealt into at most n units of about the same
// number of policies, the largest first, each group in one unit.
func TestUnits(t *testing.T) {
	var gs []*group
	for i, size := range []int{1, 13, 5, 8, 1, 2} {
		gs = append(gs, &group{part: fmt.Sprint(i), size: size})
	}
	sizes := func(us [][]*group) []int {
		var out []int
		seen := 0
		for _, u := range us {
			n := 0
			for _, g := range u {
				n += g.size
				seen++
			}
			out = append(out, n)
		}
		if seen != len(gs) {
			t.Errorf("%d groups dealt, want %d", seen, len(gs))
		}
		return out
	}
	for _, tt := range []struct {
		n    int
		want []int
	}{
		{1, []int{30}},
		{2, []int{15, 15}},
		{3, []int{13, 9, 8}},
		{8, []int{13, 8, 5, 2, 1, 1}},
	} {
		if got := sizes(units(gs, tt.n)); !slices.Equal(got, tt.want) {
			t.Errorf("units(%d): sizes %v, want %v", tt.n, got, tt.want)
		}
	}
}
