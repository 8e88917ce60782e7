package cloud

import (
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/parsers/cloudformation"

	"github.com/shipgate/shipgate/scanner/model"
)

// checkSrcs reports every src in the view that is neither in doc.Source nor
// a resource pointer; it returns how many srcs it checked.
func checkSrcs(doc *model.Document, view map[string]any, report func(path, src string)) int {
	resPtr := map[string]bool{}
	for _, p := range doc.Resources {
		resPtr[p] = true
	}
	n := 0
	var walk func(v any, path string)
	walk = func(v any, path string) {
		switch x := v.(type) {
		case map[string]any:
			if s, ok := x["src"].(string); ok {
				n++
				if _, ok := doc.Source[s]; !ok && !resPtr[s] {
					report(path, s)
				}
			}
			for k, c := range x {
				if k == "value" || k == "configuration" {
					continue
				}
				walk(c, path+"."+k)
			}
		case []any:
			for i, c := range x {
				walk(c, path+"["+strconv.Itoa(i)+"]")
			}
		}
	}
	walk(view, "aws")
	return n
}

// adapt parses a test template with the CloudFormation parser, runs the
// adapter and fails on dangling srcs. falseCond, when set, must equal what
// the parser decides.
func adapt(t *testing.T, src string, falseCond map[string]bool) map[string]any {
	t.Helper()
	tmpl, err := (&cloudformation.Parser{}).ParseTemplate("t.yaml", []byte(src))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	if falseCond != nil {
		if diff := cmp.Diff(falseCond, tmpl.FalseConditionResources); diff != "" {
			t.Errorf("parser false conditions (-test +parser):\n%s", diff)
		}
	}
	doc := tmpl.Doc
	v := CloudFormation(doc, tmpl.FalseConditionResources)
	checkSrcs(doc, v, func(path, s string) { t.Errorf("%s: src %q not in source map", path, s) })
	stripKeys(v)
	return v
}

// stripKeys removes the key of every attribute, so that tests of values
// need not repeat it; TestKeys checks keys.
func stripKeys(v any) {
	switch x := v.(type) {
	case map[string]any:
		if _, ok := x["state"]; ok {
			if _, ok := x["value"]; ok {
				delete(x, "key")
			}
		}
		for _, c := range x {
			stripKeys(c)
		}
	case []any:
		for _, c := range x {
			stripKeys(c)
		}
	}
}

// at walks a dotted path (numbers index lists) into the view.
func at(t *testing.T, v any, path string) any {
	t.Helper()
	for _, k := range strings.Split(path, ".") {
		switch x := v.(type) {
		case map[string]any:
			c, ok := x[k]
			if !ok {
				t.Fatalf("%s: no key %q", path, k)
			}
			v = c
		case []any:
			i, err := strconv.Atoi(k)
			if err != nil || i >= len(x) {
				t.Fatalf("%s: bad index %q (len %d)", path, k, len(x))
			}
			v = x[i]
		default:
			t.Fatalf("%s: cannot index %T with %q", path, v, k)
		}
	}
	return v
}

func w(v any, src string) map[string]any {
	return map[string]any{"value": v, "state": "written", "src": src}
}
func d(v any, src string) map[string]any {
	return map[string]any{"value": v, "state": "default", "src": src}
}
func u(src string) map[string]any {
	return map[string]any{"value": nil, "state": "unknown", "src": src}
}

func itoa(i int) string { return strconv.Itoa(i) }

func testDocRaw(raw any) *model.Document {
	return &model.Document{Kind: model.KindCloudFormation, Raw: raw}
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
