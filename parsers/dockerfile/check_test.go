package dockerfile

import (
	"bytes"
	"strconv"
	"testing"

	"github.com/shipgate/shipgate/scanner/model"
)

// checkDoc fails when a range lies outside src, when a src of the view
// names a pointer the source map lacks, or when a node of Raw has no
// range.
func checkDoc(t *testing.T, name string, src []byte, doc *model.Document) {
	t.Helper()
	lines := bytes.Split(src, []byte("\n"))
	in := func(p model.Pos) bool {
		return p.Line >= 1 && p.Line <= len(lines) && p.Col >= 1 && p.Col <= len(lines[p.Line-1])+1
	}
	for ptr, r := range doc.Source {
		before := r.Start.Line < r.End.Line || (r.Start.Line == r.End.Line && r.Start.Col <= r.End.Col)
		if !in(r.Start) || !in(r.End) || !before {
			t.Errorf("%s: range of %q is %d:%d-%d:%d, outside the source", name, ptr, r.Start.Line, r.Start.Col, r.End.Line, r.End.Col)
		}
	}
	walkSrc(doc.View, func(ptr string) {
		if _, ok := doc.Source[ptr]; !ok {
			t.Errorf("%s: view names %q, which has no range", name, ptr)
		}
	})
	walkRaw(doc.Raw, "", func(ptr string) {
		if _, ok := doc.Source[ptr]; !ok {
			t.Errorf("%s: raw node %q has no range", name, ptr)
		}
	})
}

// walkSrc calls f with every "src"-like pointer of the view.
func walkSrc(v any, f func(string)) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if s, ok := x.(string); ok && (k == "src" || k == "key_src" || k == "value_src" || k == "name_src" || k == "tag_src" || k == "digest_src") {
				f(s)
				continue
			}
			walkSrc(x, f)
		}
	case []any:
		for _, x := range v {
			walkSrc(x, f)
		}
	}
}

func walkRaw(v any, ptr string, f func(string)) {
	f(ptr)
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			walkRaw(x, model.Pointer(ptr, k), f)
		}
	case []any:
		for i, x := range v {
			walkRaw(x, ptr+"/"+itoa(i), f)
		}
	}
}

func itoa(i int) string { return strconv.Itoa(i) }
