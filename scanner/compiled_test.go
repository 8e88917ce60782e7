package scanner

import (
	"context"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
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
	// Every policy's fixtures, so that each partition group (an AWS
	// policy compiled and evaluated only for documents that declare
	// something in a collection it reads) is compared with the eager
	// result.
	paths := []string{"../testdata/e2e/repository/repo", "../examples/app.yaml", "../parsers", "../testdata/policies"}
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
		var views []string
		for name := range s.engine.Compiled() {
			view, _, _ := strings.Cut(name, ":")
			views = append(views, view)
		}
		slices.Sort(views)
		if got := slices.Compact(views); !slices.Equal(got, model.Views()) {
			t.Errorf("compiled views %v, want %v", got, model.Views())
		}
		if len(s.engine.Compiled()) <= len(model.Views()) {
			t.Errorf("compiled %v: no AWS partition group", slices.Sorted(maps.Keys(s.engine.Compiled())))
		}
	}
	if len(results[0].Findings) == 0 {
		t.Fatal("no findings: the comparison proves nothing")
	}
	if diff := cmp.Diff(results[0], results[1]); diff != "" {
		t.Errorf("lazy result differs from eager (-eager +lazy):\n%s", diff)
	}
}

// TestPartitionedPoliciesNeedTheirCollections: a lazy engine evaluates a
// built-in AWS policy only for documents that declare a resource in a
// collection it reads (engine.partition). That is right only if no such
// policy reports anything about a document without one: a policy sees
// nothing else of the view, so it would report the same about a document
// whose view is empty. Here, evaluated eagerly on such documents, none
// may.
func TestPartitionedPoliciesNeedTheirCollections(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"template.yaml": "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Wait:\n    Type: AWS::CloudFormation::WaitConditionHandle\n",
		"main.tf":       "resource \"null_resource\" \"x\" {}\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx := context.Background()
	s, err := New(ctx, Options{CompileAll: true})
	if err != nil {
		t.Fatal(err)
	}
	partitioned := 0
	reads := map[string][]string{}
	for _, r := range s.Rules() {
		if len(r.Reads) > 0 {
			partitioned++
			reads[r.ID] = r.Reads
		}
	}
	if partitioned == 0 {
		t.Fatal("no rule records what it reads: the test proves nothing")
	}
	res, err := s.Scan(ctx, []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Scanned) != len(files) {
		t.Fatalf("scanned %d documents, want %d: %+v", len(res.Scanned), len(files), res.Errors)
	}
	for _, f := range res.Findings {
		if reads[f.RuleID] != nil {
			t.Errorf("%s (reads %v) reports %s on a document without those collections: %s", f.RuleID, reads[f.RuleID], f.Range, f.Message)
		}
	}
}
