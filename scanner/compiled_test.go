package scanner

import (
	"context"
	"maps"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/scanner/model"
)

// BenchmarkOneFileScan is what a pre-commit hook pays in-process for one
// file: loading the policies and scanning it, with every policy compiled
// in New (eager) and with each view's compiled when first met (lazy).
// shipgate's process start comes on top; time the built binary for that.
func BenchmarkOneFileScan(b *testing.B) {
	files := map[string]string{
		"cloudformation": "../examples/app.yaml",
		"dockerfile":     "../testdata/e2e/repository/repo/Dockerfile",
	}
	for _, mode := range []struct {
		name string
		all  bool
	}{{"eager", true}, {"lazy", false}} {
		for _, kind := range []string{"cloudformation", "dockerfile"} {
			b.Run(mode.name+"/"+kind, func(b *testing.B) {
				ctx := context.Background()
				for b.Loop() {
					s, err := New(ctx, Options{CompileAll: mode.all})
					if err != nil {
						b.Fatal(err)
					}
					res, err := s.Scan(ctx, []string{files[kind]})
					if err != nil || len(res.Scanned) != 1 {
						b.Fatalf("scan: %v, %d scanned", err, len(res.Scanned))
					}
				}
			})
		}
	}
}

// TestLazyEqualsEager: compiling each view's policies on first use gives
// the result of compiling every policy up front, and each view's built-in
// policies compile on their own (a library one of them needs but does not
// refer to would fail here).
func TestLazyEqualsEager(t *testing.T) {
	ctx := context.Background()
	paths := []string{"../testdata/e2e/repository/repo", "../examples/app.yaml", "../parsers"}
	var results []*model.Result
	for _, all := range []bool{true, false} {
		s, err := New(ctx, Options{CompileAll: all})
		if err != nil {
			t.Fatal(err)
		}
		res, err := s.Scan(ctx, paths)
		if err != nil {
			t.Fatal(err)
		}
		results = append(results, res)
		if all {
			continue
		}
		for _, k := range model.Kinds {
			if _, err := s.engine.Eval(ctx, k, map[string]any{"kind": string(k), "path": "x"}); err != nil {
				t.Errorf("%s: %v", k, err)
			}
		}
		if got := slices.Sorted(maps.Keys(s.engine.Compiled())); !slices.Equal(got, model.Views()) {
			t.Errorf("compiled views %v, want %v", got, model.Views())
		}
	}
	if len(results[0].Findings) == 0 {
		t.Fatal("no findings: the comparison proves nothing")
	}
	if diff := cmp.Diff(results[0], results[1]); diff != "" {
		t.Errorf("lazy result differs from eager (-eager +lazy):\n%s", diff)
	}
}
