package report

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/scanner/model"
)

func rangeOf(line, col, endLine, endCol int) model.Range {
	return model.Range{File: "t.yaml", Start: model.Pos{Line: line, Col: col}, End: model.Pos{Line: endLine, Col: endCol}}
}

// TestSnippetLongLine: a snippet of a long line shows at most maxShown
// bytes around the range, with an ellipsis for each part left out. Every
// finding on a 1 MB one-line template used to reprint the whole line.
func TestSnippetLongLine(t *testing.T) {
	long := strings.Repeat("0123456789", 100_000) // 1 MB
	src := "first\n" + long + "\n" + "x" + long[:200] + "\n"
	f := &sourceFile{lines: splitLines([]byte(src))}
	tests := []struct {
		name string
		r    model.Range
		want []string
	}{
		{
			name: "range in the middle",
			r:    rangeOf(2, 500_001, 2, 500_006),
			want: []string{
				"    1 | first",
				"    2 | ..." + long[500_000-40:500_000+80] + "...",
				"      |    " + strings.Repeat(" ", 40) + "^~~~~",
			},
		},
		{
			name: "range at the start",
			r:    rangeOf(2, 1, 2, 3),
			want: []string{
				"    1 | first",
				"    2 | " + long[:120] + "...",
				"      | ^~",
			},
		},
		{
			name: "range to the end of a long line",
			r:    rangeOf(2, 999_990, 3, 1),
			want: []string{
				"    1 | first",
				"    2 | ..." + long[len(long)-120:],
				"      |    " + strings.Repeat(" ", 109) + "^" + strings.Repeat("~", 10),
			},
		},
		{
			name: "range longer than what is shown",
			r:    rangeOf(2, 11, 2, 900_000),
			want: []string{
				"    1 | first",
				"    2 | " + long[:120] + "...",
				"      |           ^" + strings.Repeat("~", 110+3-1),
			},
		},
		{
			name: "the line before is cut too",
			r:    rangeOf(3, 150, 3, 151),
			want: []string{
				"    2 | ..." + long[109:229] + "...",
				"    3 | ..." + ("x" + long[:200])[81:201],
				"      |    " + strings.Repeat(" ", 149-81) + "^",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := snippet(f, tt.r, func(s string) string { return s })
			if diff := cmp.Diff(strings.Join(tt.want, "\n")+"\n", got); diff != "" {
				t.Errorf("snippet (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSnippetMasksSecrets: the value of a finding about a secret is masked
// wherever a snippet shows its line, keeping its first characters.
func TestSnippetMasksSecrets(t *testing.T) {
	src := strings.Join([]string{
		"Env:",                  // 1
		"  - Name: DB_PASSWORD", // 2
		"    Value: hunter2",    // 3
		"  - {Name: KEY, Value: 'AKIAIOSFODNN7EXAMPLE'}", // 4
		`  - {"Name": "T", "Value": "abc"}`,              // 5
		"    Token: |",                                   // 6
		"      s3cr3t-line",                              // 7
		"    Next: 1",                                    // 8
	}, "\n") + "\n"
	lines := strings.Split(src, "\n")
	// entry is the range of the mapping entry that starts with key on line
	// n and ends at the end of the line, or before a closing brace.
	entry := func(n int, key string) model.Range {
		l := lines[n-1]
		end := len(l) + 1
		if strings.HasSuffix(l, "}") {
			end--
		}
		return rangeOf(n, strings.Index(l, key)+1, n, end)
	}
	res := &model.Result{
		Rules: []model.Rule{{ID: "SECRET", Secret: true}, {ID: "OTHER"}},
		Findings: []model.Finding{
			{RuleID: "SECRET", Range: entry(3, "Value")},
			{RuleID: "SECRET", Range: entry(4, "Value")},
			{RuleID: "SECRET", Range: entry(5, `"Value"`)},
			{RuleID: "SECRET", Range: rangeOf(6, 5, 7, 18)},
			{RuleID: "OTHER", Range: rangeOf(4, 6, 4, 10)},
			{RuleID: "OTHER", Range: rangeOf(8, 5, 8, 9)},
		},
		Sources: map[string][]byte{"t.yaml": []byte(src)},
	}
	c := newSourceCache(res)
	var got []string
	for _, f := range res.Findings {
		got = append(got, strings.Split(strings.TrimSuffix(snippet(c.get("t.yaml"), f.Range, func(s string) string { return s }), "\n"), "\n")...)
	}
	want := []string{
		"    2 |   - Name: DB_PASSWORD",
		"    3 |     Value: hu****",
		"      |     ^~~~~~~~~~~~~",
		"    3 |     Value: hu****",
		"    4 |   - {Name: KEY, Value: 'AKIA****'}",
		"      |                 ^" + strings.Repeat("~", len("Value: 'AKIA****'")-1),
		"    4 |   - {Name: KEY, Value: 'AKIA****'}",
		`    5 |   - {"Name": "T", "Value": "****"}`,
		"      |                   ^" + strings.Repeat("~", len(`"Value": "****"`)-1),
		`    5 |   - {"Name": "T", "Value": "****"}`,
		"    6 |     Token: |",
		"      |     ^" + strings.Repeat("~", len("Token: |")-1),
		"    3 |     Value: hu****",
		"    4 |   - {Name: KEY, Value: 'AKIA****'}",
		"      |      ^~~~",
		"    7 |       s3****",
		"    8 |     Next: 1",
		"      |     ^~~~",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("snippets (-want +got):\n%s", diff)
	}
	var text bytes.Buffer
	if err := Text(&text, res, Options{}); err != nil {
		t.Fatal(err)
	}
	for _, secret := range []string{"hunter2", "AKIAIOSFODNN7EXAMPLE", "s3cr3t-line"} {
		if strings.Contains(text.String(), secret) {
			t.Errorf("text output shows %q:\n%s", secret, text.String())
		}
	}
}

// TestTextEscapes: paths and messages from scanned files cannot inject
// terminal escapes or GitHub Actions workflow commands into a log.
func TestTextEscapes(t *testing.T) {
	evil := "a\n::error file=x.yaml::pwned\x1b[2J\r.yaml"
	res := &model.Result{
		Findings: []model.Finding{{RuleID: "R-1", Severity: model.SeverityLow, Message: "bucket \"\x1b]0;x\x07\" \u202egnp.exe", Range: model.Range{File: evil, Start: model.Pos{Line: 1, Col: 1}, End: model.Pos{Line: 1, Col: 2}}}},
		Errors: []model.FileError{
			{Path: "::warning::x.json", Kind: "parse", Message: "bad\nline"},
			{Path: "  ::add-mask::x", Kind: "read", Message: "m"},
		},
		Notes:   []model.Note{{Message: "note\x00"}},
		Sources: map[string][]byte{evil: []byte("\x1b[31mred\x9b\n")},
	}
	var buf bytes.Buffer
	if err := Text(&buf, res, Options{FailOn: model.SeverityNone}); err != nil {
		t.Fatal(err)
	}
	want := strings.Join([]string{
		`a\x0a::error file=x.yaml::pwned\x1b[2J\x0d.yaml:1:1: bucket "\x1b]0;x\x07" \u202egnp.exe [R-1] (low)`,
		`    1 | \x1b[31mred\x9b`,
		`      | ^~~~`,
		``,
		`\x3a:warning::x.json: error: bad\x0aline`,
		`  \x3a:add-mask::x: error: m`,
		`note: note\x00`,
		``,
		`0 files scanned, 1 finding (critical: 0, high: 0, medium: 0, low: 1, info: 0), 2 files not scanned`,
		`scan incomplete: some files or policies failed; see the errors above`,
		``,
	}, "\n")
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("text (-want +got):\n%s", diff)
	}
}

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain path/é.yaml", "plain path/é.yaml"},
		{"tab\tkept", "tab\tkept"},
		{"\x00\x1b\r\n\x7f", `\x00\x1b\x0d\x0a\x7f`},
		{"c1 \u009b and bidi \u202e\u2066 and \u2028", `c1 \u009b and bidi \u202e\u2066 and \u2028`},
		{"bad utf-8 \xff\xc3", `bad utf-8 \xff\xc3`},
		{"replacement char \ufffd kept", "replacement char \ufffd kept"},
	}
	for _, tt := range tests {
		if got := Escape(tt.in); got != tt.want {
			t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got, want := EscapeLines("load policies:\n::error::x.rego:1: bad\x1b\n  ::x"), "load policies:\n\\x3a:error::x.rego:1: bad\\x1b\n  \\x3a:x"; got != want {
		t.Errorf("EscapeLines = %q, want %q", got, want)
	}
}

// TestUTF16ColLongLines checks the marks against a walk over the prefix,
// on long lines of multibyte and astral characters.
func TestUTF16ColLongLines(t *testing.T) {
	line := strings.Repeat("aé\U0001F680€", 200) + "tail"
	f := &sourceFile{lines: [][]byte{[]byte(line)}}
	for col := 1; col <= len(line)+3; col++ {
		prefix := line[:min(col-1, len(line))]
		want := 1 + max(col-1-len(line), 0)
		for len(prefix) > 0 {
			r, size := utf8.DecodeRuneInString(prefix)
			if size > len(prefix) {
				break
			}
			want += utf16Len(r)
			prefix = prefix[size:]
		}
		// A column inside a character counts the characters before it.
		if got := f.utf16Col(1, col); got != want && utf8.RuneStart(line[min(col-1, len(line)-1)]) {
			t.Fatalf("utf16Col(1, %d) = %d, want %d", col, got, want)
		}
	}
}
