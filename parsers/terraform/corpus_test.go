package terraform

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/shipgate/shipgate/internal/shared"
	"github.com/shipgate/shipgate/scanner/model"
)

// corpusUnits reads every Terraform directory of ../shared/corpus into
// units, as the scanner's discovery would (skipping .terraform).
func corpusUnits(tb testing.TB) []model.Unit {
	root := shared.Path(tb, "corpus")
	byDir := map[string]*model.Unit{}
	r := &Reader{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == ".terraform" {
				return fs.SkipDir
			}
			return nil
		}
		if !r.Match(d.Name()) {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		dir := filepath.ToSlash(filepath.Dir(p))
		if byDir[dir] == nil {
			byDir[dir] = &model.Unit{Path: dir}
		}
		byDir[dir].Files = append(byDir[dir].Files, model.File{Path: filepath.ToSlash(p), Src: src})
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	var units []model.Unit
	for _, d := range slices.Sorted(func(yield func(string) bool) {
		for d := range byDir {
			if !yield(d) {
				return
			}
		}
	}) {
		units = append(units, *byDir[d])
	}
	return units
}

// TestCorpus evaluates every Terraform module of the corpus: no panic, no
// error other than a file's parse error, every root module reported.
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus skipped in -short mode")
	}
	r := &Reader{}
	units := r.PlanUnits(corpusUnits(t))
	start := time.Now()
	resources, notes, failed := 0, 0, 0
	for _, u := range units {
		cfg, err := r.Evaluate(context.Background(), u)
		for _, e := range flatten(err) {
			var pe *model.ParseError
			if !errors.As(e, &pe) {
				t.Errorf("%s: unexpected error %v", u.Path, e)
			}
			failed++
			t.Logf("%s: %v", u.Path, e)
		}
		if cfg != nil {
			resources += len(cfg.Resources)
			notes += len(cfg.Doc.Notes)
		}
	}
	t.Logf("%d root modules evaluated in %s: %d resource instances, %d notes (modules not evaluated), %d errors", len(units), time.Since(start), resources, notes, failed)
	if len(units) < 100 || resources < 1000 {
		t.Errorf("the corpus has far more Terraform than %d modules / %d resources: discovery or planning is broken", len(units), resources)
	}
}

func flatten(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// BenchmarkCorpus plans and evaluates every Terraform module of the corpus.
func BenchmarkCorpus(b *testing.B) {
	units := corpusUnits(b)
	files := 0
	for _, u := range units {
		files += len(u.Files)
	}
	b.ResetTimer()
	for b.Loop() {
		r := &Reader{}
		for _, u := range r.PlanUnits(units) {
			r.Evaluate(context.Background(), u)
		}
	}
	b.ReportMetric(float64(files)*float64(b.N)/b.Elapsed().Seconds(), "files/s")
}
