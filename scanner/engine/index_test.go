package engine

import (
	"context"
	"io/fs"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/scanner/model"
)

// openLog is an FS that records the Rego files opened from it.
type openLog struct {
	fs.FS
	mu     sync.Mutex
	opened map[string]bool
}

func (o *openLog) Open(name string) (fs.File, error) {
	if strings.HasSuffix(name, ".rego") {
		o.mu.Lock()
		o.opened[name] = true
		o.mu.Unlock()
	}
	return o.FS.Open(name)
}

func (o *openLog) files() []string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return slices.Sorted(maps.Keys(o.opened))
}

// TestIndexedEngine: a lazy engine given the index lists every rule as an
// eager one does without reading a policy file, reads the files of a group
// when it compiles it, and gives the eager engine's results.
func TestIndexedEngine(t *testing.T) {
	files := map[string]string{
		"lib/lib.rego":           libRego,
		"aws/s3_encryption.rego": s3Policy,
		"docker/root.rego":       dockerPolicy,
	}
	ctx := context.Background()
	idx, err := BuildIndex(ctx, mapFS(files), nil)
	if err != nil {
		t.Fatal(err)
	}
	eager := newEngine(t, files)
	log := &openLog{FS: mapFS(files), opened: map[string]bool{}}
	e, err := New(ctx, Options{Builtin: log, Index: idx, Lazy: true})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(eager.Rules(), e.Rules()); diff != "" {
		t.Errorf("rules (-eager +indexed):\n%s", diff)
	}
	if got := log.files(); len(got) != 0 {
		t.Errorf("New read %v", got)
	}
	input := awsInput(bucket("B", false, true))
	want, err := eager.Eval(ctx, model.KindCloudFormation, input)
	if err != nil {
		t.Fatal(err)
	}
	got, err := e.Eval(ctx, model.KindCloudFormation, input)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results (-eager +indexed):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"aws/s3_encryption.rego", "lib/lib.rego"}, log.files()); diff != "" {
		t.Errorf("files read for a template (-want +got):\n%s", diff)
	}
}

// TestStaleIndex: an index that does not match the files is an error that
// says how to regenerate it: in New when it lists other files, and in the
// group that compiles a policy that reads other collections than it says.
func TestStaleIndex(t *testing.T) {
	files := map[string]string{
		"lib/lib.rego":           libRego,
		"aws/s3_encryption.rego": s3Policy,
	}
	ctx := context.Background()
	idx, err := BuildIndex(ctx, mapFS(files), nil)
	if err != nil {
		t.Fatal(err)
	}
	const fix = "run go test ./policies -run TestIndex -update"

	more := maps.Clone(files)
	more["docker/root.rego"] = dockerPolicy
	if _, err := New(ctx, Options{Builtin: mapFS(more), Index: idx, Lazy: true}); err == nil || !strings.Contains(err.Error(), "stale") || !strings.Contains(err.Error(), fix) {
		t.Errorf("a file the index does not list: %v", err)
	}
	fewer := map[string]string{"lib/lib.rego": libRego}
	if _, err := New(ctx, Options{Builtin: mapFS(fewer), Index: idx, Lazy: true}); err == nil || !strings.Contains(err.Error(), "aws/s3_encryption.rego") || !strings.Contains(err.Error(), fix) {
		t.Errorf("a file the index lists that is not there: %v", err)
	}

	wrong := *idx
	wrong.Policies = slices.Clone(idx.Policies)
	wrong.Policies[0].Reads = []string{"s3.access_points"}
	e, err := New(ctx, Options{Builtin: mapFS(files), Index: &wrong, Lazy: true})
	if err != nil {
		t.Fatal(err)
	}
	input := awsInput(bucket("B", false, true))
	input["aws"].(map[string]any)["s3"].(map[string]any)["access_points"] = []any{map[string]any{}}
	_, err = e.Eval(ctx, model.KindCloudFormation, input)
	if err == nil || !strings.Contains(err.Error(), "aws/s3_encryption.rego: what the policy reads differs from the policy index") {
		t.Errorf("reads that differ: %v", err)
	}
}

// TestIndexedClashes: the user's policies clash with built-in ones known
// from the index as they do with built-in files read whole: a policy id
// used twice, a package declared twice.
func TestIndexedClashes(t *testing.T) {
	files := map[string]string{"lib/lib.rego": libRego, "docker/root.rego": dockerPolicy}
	ctx := context.Background()
	idx, err := BuildIndex(ctx, mapFS(files), nil)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"dup.rego":  strings.Replace(dockerPolicy, "shipgate.docker.root", "shipgate.docker.other", 1),
		"same.rego": strings.Replace(dockerPolicy, "DOCKER-001", "ORG-1", 1),
		"lib.rego":  "package shipgate.lib\n\nextra(x) := x\n",
	})
	for _, tt := range []struct {
		file, want string
	}{
		{"dup.rego", `dup.rego:1: duplicate policy id "DOCKER-001", already used at docker/root.rego:1`},
		{"same.rego", "package shipgate.docker.root is also declared in " + filepath.Join(dir, "same.rego")},
	} {
		for _, indexed := range []*Index{idx, nil} {
			_, err := New(ctx, Options{Builtin: mapFS(files), Index: indexed, Lazy: true, Extra: []string{filepath.Join(dir, tt.file)}})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("%s (index %t): error %v, want it to contain %q", tt.file, indexed != nil, err, tt.want)
			}
		}
	}
	// A library of the user's may add to a built-in library's package.
	if _, err := New(ctx, Options{Builtin: mapFS(files), Index: idx, Lazy: true, Extra: []string{filepath.Join(dir, "lib.rego")}}); err != nil {
		t.Errorf("a library in package shipgate.lib: %v", err)
	}
}
