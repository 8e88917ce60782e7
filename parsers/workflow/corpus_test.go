package workflow

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shipgate/shipgate/internal/shared"
	"github.com/shipgate/shipgate/scanner/model"
)

// TestCorpus parses every workflow of the shared corpus (INDEX.tsv format
// gha-workflow) and every action.yml in it: each is claimed, parses
// without error, validates against the schema, and every range lies
// inside the file.
func TestCorpus(t *testing.T) {
	dir, files := shared.CorpusIndex(t, "gha-workflow")
	_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && (d.Name() == "action.yml" || d.Name() == "action.yaml") {
			rel, _ := filepath.Rel(dir, p)
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	if len(files) == 0 {
		t.Fatal("no workflow in the corpus index")
	}
	s := shared.CompileSchema(t, "workflow", Schema())
	r := &Reader{}
	outcome := map[string]int{}
	for _, rel := range files {
		src, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
		if err != nil {
			t.Errorf("%s: %v", rel, err)
			continue
		}
		if r.Detect(rel, src) != model.Claimed {
			outcome["not claimed"]++
			t.Errorf("%s: not claimed", rel)
			continue
		}
		d, err := Parse(rel, src)
		var pe *model.ParseError
		switch {
		case errors.As(err, &pe):
			outcome["parse error"]++
			t.Logf("%s: parse error: %v", rel, err)
			continue
		case err != nil:
			t.Errorf("%s: %v", rel, err)
			continue
		}
		outcome["parsed"]++
		if err := shared.Validate(s, d.View); err != nil {
			t.Errorf("%s: view does not match the schema: %v", rel, err)
		}
		checkRanges(t, rel, src, d)
	}
	t.Logf("corpus: %d files: %v", len(files), outcome)
}

// checkRanges asserts every range of d lies inside src and every src of
// the view is a key of the source map.
func checkRanges(t *testing.T, name string, src []byte, d *model.Document) {
	t.Helper()
	lines := bytes.Split(src, []byte("\n"))
	for ptr, r := range d.Source {
		for _, p := range []model.Pos{r.Start, r.End} {
			if p.Line < 1 || p.Line > len(lines) || p.Col < 1 || p.Col > len(lines[p.Line-1])+1 {
				t.Errorf("%s: range of %q outside the file: %+v", name, ptr, r)
			}
		}
		if r.End.Line < r.Start.Line || (r.End.Line == r.Start.Line && r.End.Col < r.Start.Col) {
			t.Errorf("%s: range of %q ends before it starts: %+v", name, ptr, r)
		}
	}
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if s, ok := x["src"].(string); ok {
				if _, ok := d.Source[s]; !ok && !strings.Contains(s, "/expr/") {
					// An absent block points at its parent, which exists.
					if _, ok := d.Source[parent(s)]; !ok {
						t.Errorf("%s: src %q has no range", name, s)
					}
				}
			}
			for _, e := range x {
				walk(e)
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	walk(d.View)
}

func parent(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[:i]
	}
	return ""
}
