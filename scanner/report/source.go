package report

import (
	"bytes"
	"sort"
	"unicode/utf8"

	"github.com/shipgate/shipgate/scanner/model"
)

// sourceCache splits each source file into lines once; text snippets and
// SARIF column conversion both read lines. Every lookup costs at most a
// bounded walk, whatever the length of the line, so a report on a
// one-line template stays linear in the number of findings.
type sourceCache struct {
	sources map[string][]byte
	files   map[string]*sourceFile
	// secret holds the ids of rules whose findings are about a secret
	// value: text snippets mask it.
	secret map[string]bool
}

func newSourceCache(res *model.Result) *sourceCache {
	c := &sourceCache{sources: res.Sources, files: map[string]*sourceFile{}, secret: map[string]bool{}}
	for _, r := range res.Rules {
		if r.Secret {
			c.secret[r.ID] = true
		}
	}
	for _, f := range res.Findings {
		if c.secret[f.RuleID] {
			c.get(f.Range.File).mask(f.Range)
		}
	}
	return c
}

// get returns the file's lines, or nil when its content is not in the
// result.
func (c *sourceCache) get(path string) *sourceFile {
	if f, ok := c.files[path]; ok {
		return f
	}
	var f *sourceFile
	if src, ok := c.sources[path]; ok {
		f = &sourceFile{lines: splitLines(src)}
	}
	c.files[path] = f
	return f
}

// sourceFile is one source file split into lines without their endings.
type sourceFile struct {
	lines [][]byte
	// units holds, for lines with multibyte characters, UTF-16 marks
	// (see utf16Col), built when the line is first needed.
	units map[int][]unitMark
	// masks holds the spans of secret values on each line (0-based),
	// which snippets show masked.
	masks map[int][]span
}

// span is a half-open byte range [start, end) of a line.
type span struct{ start, end int }

// unitMark is a rune boundary of a line and the UTF-16 units before it.
type unitMark struct{ off, units int }

// markEvery is the spacing of unit marks in bytes.
const markEvery = 64

// line returns line n (1-based), or false when it is not in the file.
func (f *sourceFile) line(n int) ([]byte, bool) {
	if f == nil || n < 1 || n > len(f.lines) {
		return nil, false
	}
	return f.lines[n-1], true
}

// utf16Col converts a 1-based byte column on line n to a 1-based column in
// UTF-16 code units. Without the line it returns col unchanged, which is
// right for ASCII.
func (f *sourceFile) utf16Col(n, col int) int {
	line, ok := f.line(n)
	if !ok {
		return col
	}
	prefix := min(max(col-1, 0), len(line))
	marks := f.unitMarks(n, line)
	if marks == nil {
		return col // ASCII: one unit per byte
	}
	// The last mark at or before the prefix end.
	k := sort.Search(len(marks), func(i int) bool { return marks[i].off > prefix }) - 1
	off, units := marks[k].off, marks[k].units
	for off < prefix {
		r, size := utf8.DecodeRune(line[off:])
		if off+size > prefix {
			break // a column inside a multibyte character
		}
		units += utf16Len(r)
		off += size
	}
	if col-1 > len(line) {
		units += col - 1 - len(line)
	}
	return units + 1
}

// unitMarks returns the marks of line n, nil for an ASCII line.
func (f *sourceFile) unitMarks(n int, line []byte) []unitMark {
	if m, ok := f.units[n]; ok {
		return m
	}
	var marks []unitMark
	if !isASCII(line) {
		marks = []unitMark{{0, 0}}
		units, next := 0, markEvery
		for off := 0; off < len(line); {
			r, size := utf8.DecodeRune(line[off:])
			units += utf16Len(r)
			off += size
			if off >= next {
				marks = append(marks, unitMark{off, units})
				next = off + markEvery
			}
		}
	}
	if f.units == nil {
		f.units = map[int][]unitMark{}
	}
	f.units[n] = marks
	return marks
}

func utf16Len(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// mask records the secret value a finding's range covers: on its first
// line, what follows the key ("Value: hunter2" masks "hunter2"), and the
// content of the lines after it that the range spans (a block scalar).
func (f *sourceFile) mask(r model.Range) {
	line, ok := f.line(r.Start.Line)
	if !ok {
		return
	}
	if f.masks == nil {
		f.masks = map[int][]span{}
	}
	start := min(max(r.Start.Col-1, 0), len(line))
	end := len(line)
	if r.End.Line == r.Start.Line && r.End.Col-1 > start {
		end = min(r.End.Col-1, len(line))
	}
	if v, ok := valueSpan(line, start, end); ok && !blockIndicator(line[v.start:v.end]) {
		f.masks[r.Start.Line-1] = append(f.masks[r.Start.Line-1], v)
	}
	for n := r.Start.Line + 1; n <= r.End.Line; n++ {
		l, ok := f.line(n)
		if !ok {
			break
		}
		e := len(l)
		if n == r.End.Line {
			e = min(max(r.End.Col-1, 0), len(l))
		}
		s := len(l) - len(bytes.TrimLeft(l, " \t"))
		if s < e {
			f.masks[n-1] = append(f.masks[n-1], span{s, e})
		}
	}
}

// valueSpan finds the value in line[start:end], a mapping entry (YAML or
// JSON, the key quoted or not) or a bare value, without surrounding blanks
// and quotes.
func valueSpan(line []byte, start, end int) (span, bool) {
	v := start
	switch {
	case start < end && (line[start] == '"' || line[start] == '\''):
		// A quoted key, or a quoted bare value.
		q := line[start]
		i := start + 1
		for i < end && line[i] != q {
			if line[i] == '\\' && q == '"' {
				i++
			}
			i++
		}
		j := i + 1
		for j < end && (line[j] == ' ' || line[j] == '\t') {
			j++
		}
		if j < end && line[j] == ':' {
			v = j + 1
		}
	default:
		for i := start; i < end; i++ {
			if line[i] == ':' && (i+1 == end || line[i+1] == ' ' || line[i+1] == '\t') {
				v = i + 1
				break
			}
		}
	}
	for v < end && (line[v] == ' ' || line[v] == '\t') {
		v++
	}
	for end > v && (line[end-1] == ' ' || line[end-1] == '\t' || line[end-1] == ',') {
		end--
	}
	if end-v >= 2 && (line[v] == '"' || line[v] == '\'') && line[end-1] == line[v] {
		v, end = v+1, end-1
	}
	return span{v, end}, v < end
}

// blockIndicator reports whether v is the header of a YAML block scalar
// ("|", ">-", "|2+"), whose content is on the following lines.
func blockIndicator(v []byte) bool {
	if len(v) == 0 || (v[0] != '|' && v[0] != '>') {
		return false
	}
	for _, c := range v[1:] {
		if c != '-' && c != '+' && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}
