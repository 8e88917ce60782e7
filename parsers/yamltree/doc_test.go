package yamltree

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/scanner/model"
)

func rng(l1, c1, l2, c2 int) model.Range {
	return model.Range{File: "f.yml", Start: model.Pos{Line: l1, Col: c1}, End: model.Pos{Line: l2, Col: c2}}
}

func TestParseSource(t *testing.T) {
	src := "on: push\njobs:\n  a:\n    steps:\n      - run: echo hi\n      - uses: x/y@v1\n"
	d, err := Parse("f.yml", []byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]model.Range{
		"":                     rng(1, 1, 6, 21),
		"/on":                  rng(1, 1, 1, 9),
		"/jobs":                rng(2, 1, 6, 21),
		"/jobs/a":              rng(3, 3, 6, 21),
		"/jobs/a/steps":        rng(4, 5, 6, 21),
		"/jobs/a/steps/0":      rng(5, 9, 5, 21),
		"/jobs/a/steps/0/run":  rng(5, 9, 5, 21),
		"/jobs/a/steps/1":      rng(6, 9, 6, 21),
		"/jobs/a/steps/1/uses": rng(6, 9, 6, 21),
	}
	if diff := cmp.Diff(want, d.Source); diff != "" {
		t.Errorf("source (-want +got):\n%s", diff)
	}
	if got, _ := d.ValueRange("/jobs/a/steps/0/run"); got != rng(5, 14, 5, 21) {
		t.Errorf("value range of run: %v", got)
	}
	if v := d.Value.(map[string]any)["on"]; v != "push" {
		t.Errorf("on reads %v", v)
	}
}

func TestScalarPos(t *testing.T) {
	tests := []struct {
		name, src, ptr, find string
		want                 model.Pos
		exact                bool
	}{
		{"literal block", "run: |\n  echo a\n  echo ${{ x }}\n", "/run", "${{", model.Pos{Line: 3, Col: 8}, true},
		{"literal block after a blank line", "a:\n  run: |\n\n    one\n    two x\n", "/a/run", "x", model.Pos{Line: 5, Col: 9}, true},
		{"literal block with keep chomping", "run: |+\n  a\n  b\n\n", "/run", "b", model.Pos{Line: 3, Col: 3}, true},
		{"plain", "run: echo ${{ x }}\n", "/run", "${{", model.Pos{Line: 1, Col: 11}, true},
		{"double quoted", "run: \"echo ${{ x }}\"\n", "/run", "${{", model.Pos{Line: 1, Col: 12}, true},
		{"single quoted", "run: 'echo ${{ x }}'\n", "/run", "${{", model.Pos{Line: 1, Col: 12}, true},
		{"multibyte before", "run: \"é ${{ x }}\"\n", "/run", "${{", model.Pos{Line: 1, Col: 10}, true},
		{"crlf literal", "run: |\r\n  a\r\n  b ${{ x }}\r\n", "/run", "${{", model.Pos{Line: 3, Col: 5}, true},
		{"escaped", "run: \"a\\tb ${{ x }}\"\n", "/run", "${{", model.Pos{}, false},
		{"folded", "run: >\n  a\n  b ${{ x }}\n", "/run", "${{", model.Pos{}, false},
		{"plain over two lines", "run: a\n  b ${{ x }}\n", "/run", "${{", model.Pos{}, false},
		{"tagged literal", "run: !foo |\n  a ${{ x }}\n", "/run", "${{", model.Pos{Line: 2, Col: 5}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("f.yml", []byte(tt.src), Options{})
			if err != nil {
				t.Fatal(err)
			}
			v := d.Value.(map[string]any)
			var s string
			if a, ok := v["a"].(map[string]any); ok {
				s = a["run"].(string)
			} else {
				s = v["run"].(string)
			}
			got, ok := d.ScalarPos(tt.ptr, strings.Index(s, tt.find))
			if ok != tt.exact || got != tt.want {
				t.Errorf("ScalarPos = %v, %v; want %v, %v", got, ok, tt.want, tt.exact)
			}
		})
	}
}

func TestParseLimits(t *testing.T) {
	bomb := "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
	prev := "a"
	for i := 0; i < 8; i++ {
		name := string(rune('b' + i))
		bomb += name + ": &" + name + " [" + strings.Repeat("*"+prev+", ", 9) + "*" + prev + "]\n"
		prev = name
	}
	_, err := Parse("f.yml", []byte(bomb), Options{})
	e, ok := err.(*Error)
	if !ok || !e.Limit || !strings.Contains(e.Msg, "aliases expand to more than") || !strings.Contains(e.Msg, "the file is not checked") {
		t.Fatalf("want an alias limit error, got %v", err)
	}
	if _, err := Parse("f.yml", []byte("a: [\n"), Options{}); err == nil || err.(*Error).Limit {
		t.Fatalf("want a syntax error, got %v", err)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"on: push\njobs:\n  a:\n    steps:\n      - run: |\n          echo ${{ x }}\n",
		"a: &x [1, 2]\nb: *x\nc: {<<: {d: 1}}\n", "version: 0.2\nphases:\n  build:\n    commands:\n      - \"echo\"\n",
		"k: >-\n  folded\n  text\n", "- 'a''b'\n- \"\\u00e9\"\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		d, err := Parse("f.yml", []byte(src), Options{})
		if err != nil {
			return
		}
		lines := strings.Count(src, "\n") + 1
		for ptr, r := range d.Source {
			if r.Start.Line < 1 || r.End.Line > lines || r.End.Line < r.Start.Line {
				t.Fatalf("range of %q out of the file: %v", ptr, r)
			}
		}
		for ptr, n := range d.scalars {
			v := n.Value.(string)
			for _, off := range []int{0, len(v) / 2, len(v)} {
				if p, ok := d.ScalarPos(ptr, off); ok && (p.Line < 1 || p.Line > lines) {
					t.Fatalf("ScalarPos(%q, %d) = %v out of the file", ptr, off, p)
				}
			}
		}
	})
}
