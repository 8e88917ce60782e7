package cloud

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/shipgate/shipgate/internal/shared"
	"github.com/shipgate/shipgate/parsers/cloudformation"
)

// corpusDir is ../shared/corpus; the test skips when it is absent.
func corpusDir(tb testing.TB) string { return shared.Path(tb, "corpus") }

// parsedCorpus parses every corpus file the CloudFormation parser accepts.
func parsedCorpus(tb testing.TB) []*cloudformation.Template {
	root := corpusDir(tb)
	var out []*cloudformation.Template
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch strings.ToLower(filepath.Ext(path)) {
		case ".yaml", ".yml", ".json", ".template":
		default:
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if !cloudformation.Detect(src) {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		tmpl, err := (&cloudformation.Parser{}).ParseTemplate(filepath.ToSlash(rel), src)
		if err != nil {
			return nil
		}
		out = append(out, tmpl)
		return nil
	})
	if err != nil {
		tb.Fatalf("walk corpus: %v", err)
	}
	return out
}

// TestCorpus adapts every template of the corpus: no panic, and every src
// points into the source map or at a resource.
func TestCorpus(t *testing.T) {
	tmpls := parsedCorpus(t)
	var srcs, bad, resources, invalid int
	counts := map[string]int{}
	schema := shared.CompileSchema(t, "aws", Schema())
	unfilled.Store(0)
	unkeyed.Store(0)
	start := time.Now()
	for _, tm := range tmpls {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s: panic: %v", tm.Doc.Path, r)
				}
			}()
			v := CloudFormation(tm.Doc, tm.FalseConditionResources)
			srcs += checkSrcs(tm.Doc, v, func(path, src string) {
				bad++
				if bad <= 20 {
					t.Errorf("%s: %s: src %q not in source map", tm.Doc.Path, path, src)
				}
			})
			if err := shared.Validate(schema, v); err != nil {
				invalid++
				if invalid <= 5 {
					t.Errorf("%s: view does not match the schema: %v", tm.Doc.Path, err)
				}
			}
			for svc, sv := range v {
				for kind, l := range sv.(map[string]any) {
					n := len(l.([]any))
					counts[svc+"."+kind] += n
					resources += n
				}
			}
		}()
	}
	if n := unfilled.Load(); n > 0 {
		t.Errorf("%d attributes were rendered without being read (a declared field the reader does not fill)", n)
	}
	if n := unkeyed.Load(); n > 0 {
		t.Errorf("%d attributes were rendered without a format key", n)
	}
	t.Logf("adapted %d templates in %v: %d objects, %d srcs checked, %d dangling, %d not matching the schema", len(tmpls), time.Since(start), resources, srcs, bad, invalid)
	for _, k := range sortedKeys(counts) {
		t.Logf("  %-40s %d", k, counts[k])
	}
}

// BenchmarkCorpus measures adapting the whole parsed corpus once.
func BenchmarkCorpus(b *testing.B) {
	tmpls := parsedCorpus(b)
	b.ResetTimer()
	for b.Loop() {
		for _, tm := range tmpls {
			CloudFormation(tm.Doc, tm.FalseConditionResources)
		}
	}
}
