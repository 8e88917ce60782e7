package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/shipgate/shipgate/scanner/model"
)

// FuzzText writes the text report of findings at arbitrary ranges of
// arbitrary sources, some of them about secrets: no panic, no control
// character but tab and line feed in the output, no line starting with a
// workflow command, and snippet lines of bounded length.
func FuzzText(f *testing.F) {
	f.Add([]byte("Env:\n  - Name: DB_PASSWORD\n    Value: hunter2\n"), "t.yaml", "msg", 3, 5, 3, 19, true)
	f.Add([]byte(strings.Repeat("é\x1b", 300)), "::error::x", "m\x00", 1, 7, 1, 400, false)
	f.Add([]byte("a\r\nb: |\n  s\n"), "a\nb", "", 2, 1, 3, 2, true)
	f.Fuzz(func(t *testing.T, src []byte, path, msg string, l1, c1, l2, c2 int, secret bool) {
		rule := model.Rule{ID: "R-1", Severity: model.SeverityHigh, Secret: secret}
		res := &model.Result{
			Rules: []model.Rule{rule},
			Findings: []model.Finding{{RuleID: "R-1", Severity: model.SeverityHigh, Message: msg,
				Range: model.Range{File: path, Start: model.Pos{Line: l1, Col: c1}, End: model.Pos{Line: l2, Col: c2}}}},
			Errors:  []model.FileError{{Path: path, Kind: "parse", Message: msg}},
			Sources: map[string][]byte{path: src},
		}
		var buf bytes.Buffer
		if err := Text(&buf, res, Options{}); err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(buf.String(), "\n") {
			if strings.ContainsFunc(line, func(r rune) bool { return r != '\t' && needsEscape(r) }) {
				t.Fatalf("unescaped control character in %q", line)
			}
			if strings.HasPrefix(strings.TrimLeft(line, " \t"), "::") {
				t.Fatalf("line %q is a workflow command", line)
			}
			if strings.Contains(line, " | ") && len(line) > 20+6*(maxShown+8) {
				t.Fatalf("snippet line of %d bytes", len(line))
			}
		}
		if secret && len(src) > 0 {
			var sarif bytes.Buffer
			if err := SARIF(&sarif, res, Options{}); err != nil {
				t.Fatal(err)
			}
		}
	})
}
