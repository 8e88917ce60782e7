package yamltree

import (
	"sort"
	"unicode/utf8"

	"github.com/shipgate/shipgate/scanner/model"
)

// Span is a half-open byte range [start, end) of the source.
type Span struct{ Start, End int }

// text maps between yaml.v3 positions, byte offsets and model positions.
//
// yaml.v3 counts lines with YAML's line breaks (LF, CRLF, CR, NEL, LS, PS)
// and columns in characters; shipgate reports LF-separated lines and byte
// columns. Everything in between works on byte offsets, so the two
// conventions never mix. Every conversion takes constant or logarithmic
// time, whatever the length of the line: a minified template is one line.
type Text struct {
	src []byte
	// yamlLines holds the byte offset at which each YAML line starts, and
	// multibyte whether it holds a character beyond ASCII.
	yamlLines []int
	multibyte []bool
	// marks holds, for YAML lines with multibyte characters, the offset of
	// every markEvery-th character, built when the line is first needed.
	marks map[int][]int
	// lines holds the byte offset at which each LF-separated line starts.
	lines []int
	// breaks holds the offset after every CR and LF, where column0 starts
	// counting.
	breaks []int
}

// markEvery is the spacing of marks: converting a column on a line with
// multibyte characters walks at most this many characters.
const markEvery = 64

func NewText(src []byte) *Text {
	t := &Text{src: src, yamlLines: []int{0}, lines: []int{0}, breaks: []int{0}}
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		// yaml.v3 skips a byte order mark without counting it as a column.
		t.yamlLines[0] = 3
	}
	multi := false
	newLine := func(at int) {
		t.multibyte = append(t.multibyte, multi)
		t.yamlLines = append(t.yamlLines, at)
		multi = false
	}
	for i := 0; i < len(src); i++ {
		switch c := src[i]; {
		case c == '\n':
			t.lines = append(t.lines, i+1)
			t.breaks = append(t.breaks, i+1)
			newLine(i + 1)
		case c == '\r':
			t.breaks = append(t.breaks, i+1)
			if i+1 < len(src) && src[i+1] == '\n' {
				continue // the LF ends the line
			}
			newLine(i + 1)
		case c == 0xC2 && i+1 < len(src) && src[i+1] == 0x85: // NEL
			multi = true
			newLine(i + 2)
			i++
		case c == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && (src[i+2] == 0xA8 || src[i+2] == 0xA9): // LS, PS
			multi = true
			newLine(i + 3)
			i += 2
		case c >= utf8.RuneSelf:
			multi = true
		}
	}
	t.multibyte = append(t.multibyte, multi)
	return t
}

// offset converts a yaml.v3 line and column (1-based, columns in
// characters) to a byte offset, clamped to the source. A column past the
// end of the line is the offset of the line's break.
func (t *Text) Offset(line, col int) int {
	if line < 1 {
		return 0
	}
	if line > len(t.yamlLines) {
		return len(t.src)
	}
	start := t.yamlLines[line-1]
	if !t.multibyte[line-1] {
		// One byte per character: the column is the offset.
		end := len(t.src)
		if line < len(t.yamlLines) {
			end = t.yamlLines[line] - 1
			if end > start && t.src[end] == '\n' && t.src[end-1] == '\r' {
				end--
			}
		}
		return min(start+max(col-1, 0), end)
	}
	marks := t.lineMarks(line, start)
	k := min(max(col-1, 0)/markEvery, len(marks)-1)
	off, c := marks[k], k*markEvery+1
	for ; c < col && off < len(t.src) && !isBreak(t.src[off]); c++ {
		off += runeLen(t.src[off:])
	}
	return off
}

// lineMarks returns the marks of a YAML line with multibyte characters.
func (t *Text) lineMarks(line, start int) []int {
	if m, ok := t.marks[line]; ok {
		return m
	}
	m := []int{start}
	for off, c := start, 1; off < len(t.src) && !isBreak(t.src[off]); {
		off += runeLen(t.src[off:])
		if c++; (c-1)%markEvery == 0 {
			m = append(m, off)
		}
	}
	if t.marks == nil {
		t.marks = map[int][]int{}
	}
	t.marks[line] = m
	return m
}

// runeLen is the length of the character b starts with.
func runeLen(b []byte) int {
	if b[0] < utf8.RuneSelf {
		return 1
	}
	_, w := utf8.DecodeRune(b)
	return w
}

// pos converts a byte offset to a model position (LF lines, byte columns).
func (t *Text) Pos(off int) model.Pos {
	if off < 0 {
		off = 0
	}
	if off > len(t.src) {
		off = len(t.src)
	}
	i := sort.Search(len(t.lines), func(i int) bool { return t.lines[i] > off }) - 1
	return model.Pos{Line: i + 1, Col: off - t.lines[i] + 1}
}

// rng converts a Span to a model range of file.
func (t *Text) Range(file string, s Span) model.Range {
	return model.Range{File: file, Start: t.Pos(s.Start), End: t.Pos(s.End)}
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' }

func isBreak(c byte) bool { return c == '\n' || c == '\r' }

func isFlowIndicator(c byte) bool {
	return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'
}

// lineEnd returns the offset of the line break ending the line at off.
func (t *Text) lineEnd(off int) int {
	for off < len(t.src) && !isBreak(t.src[off]) {
		off++
	}
	return off
}

// nextLine returns the offset after the line break at or after off.
func (t *Text) nextLine(off int) int {
	off = t.lineEnd(off)
	if off < len(t.src) && t.src[off] == '\r' {
		off++
	}
	if off < len(t.src) && t.src[off] == '\n' {
		off++
	}
	return off
}

// trimRight moves end left over blanks, not before start.
func (t *Text) trimRight(start, end int) int {
	for end > start && (isBlank(t.src[end-1]) || isBreak(t.src[end-1])) {
		end--
	}
	return end
}

// skipProps skips node properties (anchors and tags) at off. It crosses line
// breaks and comments only when cross is true, because an empty value after
// a tag must not swallow the next line.
func (t *Text) skipProps(off int, cross bool) int {
	for off < len(t.src) {
		c := t.src[off]
		switch {
		case c == '&' || c == '!':
			for off < len(t.src) && !isBlank(t.src[off]) && !isBreak(t.src[off]) && !(c == '&' && isFlowIndicator(t.src[off])) {
				off++
			}
		case isBlank(c):
			off++
		case cross && isBreak(c):
			off++
		case cross && c == '#':
			off = t.lineEnd(off)
		default:
			return off
		}
	}
	return off
}

// skipSpace skips blanks, line breaks, comments and, when commas is set,
// commas, as between the items of a flow collection.
func (t *Text) skipSpace(off int, commas bool) int {
	for off < len(t.src) {
		c := t.src[off]
		switch {
		case isBlank(c) || isBreak(c) || (commas && c == ','):
			off++
		case c == '#' && (off == 0 || isBlank(t.src[off-1]) || isBreak(t.src[off-1])):
			off = t.lineEnd(off)
		default:
			return off
		}
	}
	return off
}

// column0 returns the 0-based byte column of off in its line, where CR
// and LF end lines.
func (t *Text) column0(off int) int {
	s := t.breaks[sort.Search(len(t.breaks), func(i int) bool { return t.breaks[i] > off })-1]
	if s == 0 && len(t.yamlLines) > 0 && t.yamlLines[0] == 3 && off >= 3 {
		s = 3 // after a byte order mark
	}
	return off - s
}

// scalarEnd returns where the scalar whose node starts at start ends. value
// is the scalar's parsed value, flow tells whether it sits in a flow
// collection, and parentIndent is the indentation of the enclosing block
// collection (-1 at the root), which bounds block scalars.
func (t *Text) scalarEnd(start int, value string, hasProps, flow bool, parentIndent int) (valueStart, end int) {
	p := start
	if hasProps {
		p = t.skipProps(start, false)
		if p < len(t.src) && (isBreak(t.src[p]) || t.src[p] == '#') {
			if value == "" {
				return p, t.trimRight(start, p)
			}
			p = t.skipProps(p, true)
		}
	}
	if p >= len(t.src) {
		return len(t.src), len(t.src)
	}
	switch t.src[p] {
	case '"':
		for i := p + 1; i < len(t.src); i++ {
			switch t.src[i] {
			case '\\':
				i++
			case '"':
				return p, i + 1
			}
		}
		return p, len(t.src)
	case '\'':
		for i := p + 1; i < len(t.src); i++ {
			if t.src[i] == '\'' {
				if i+1 < len(t.src) && t.src[i+1] == '\'' {
					i++
					continue
				}
				return p, i + 1
			}
		}
		return p, len(t.src)
	case '|', '>':
		if !flow {
			return p, t.blockScalarEnd(p, value, parentIndent)
		}
	}
	if value == "" && !startsPlain(t.src[p:]) {
		return p, p
	}
	return p, t.plainEnd(p, value, flow)
}

// startsPlain reports whether b starts with something that could be a
// plain scalar such as ~ or null rather than an indicator.
func startsPlain(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	switch b[0] {
	case ',', '[', ']', '{', '}', '#', '\n', '\r', ' ', '\t', ':':
		return false
	}
	return true
}

// blockScalarEnd ends a literal or folded scalar whose indicator is at p:
// every following line that is blank or indented deeper than parentIndent
// belongs to it; the range ends after its last non-blank line.
func (t *Text) blockScalarEnd(p int, value string, parentIndent int) int {
	end := p + 1
	for end < len(t.src) && (t.src[end] == '+' || t.src[end] == '-' || (t.src[end] >= '0' && t.src[end] <= '9')) {
		end++
	}
	if value == "" {
		return end
	}
	for line := t.nextLine(p); line < len(t.src); line = t.nextLine(line) {
		n := 0
		for line+n < len(t.src) && t.src[line+n] == ' ' {
			n++
		}
		le := t.lineEnd(line)
		content := t.trimRight(line+n, le)
		if content == line+n {
			if le >= len(t.src) {
				break
			}
			continue // blank line
		}
		if n <= parentIndent {
			break
		}
		end = content
		if le >= len(t.src) {
			break
		}
	}
	return end
}

// plainEnd ends a plain scalar starting at p. A plain scalar may continue on
// following lines; the folded value tells how much text it holds.
func (t *Text) plainEnd(p int, value string, flow bool) int {
	end := t.plainLineEnd(p, flow)
	got := end - p
	for line := end; got < len(value); {
		line = t.nextLine(line)
		if line >= len(t.src) {
			break
		}
		s := line
		for s < len(t.src) && isBlank(t.src[s]) {
			s++
		}
		if s >= len(t.src) {
			break
		}
		if isBreak(t.src[s]) {
			got++ // an empty line folds into a line break
			line = s
			continue
		}
		if t.src[s] == '#' {
			break
		}
		e := t.plainLineEnd(s, flow)
		if e == s {
			break
		}
		got += 1 + e - s
		end, line = e, e
	}
	return end
}

// plainLineEnd ends the part of a plain scalar on the line starting at p.
func (t *Text) plainLineEnd(p int, flow bool) int {
	i := p
	for i < len(t.src) {
		c := t.src[i]
		if isBreak(c) {
			break
		}
		if c == '#' && i > p && isBlank(t.src[i-1]) {
			break
		}
		if c == ':' && (i+1 >= len(t.src) || isBlank(t.src[i+1]) || isBreak(t.src[i+1]) || (flow && isFlowIndicator(t.src[i+1]))) {
			break
		}
		if flow && isFlowIndicator(c) {
			break
		}
		i++
	}
	return t.trimRight(p, i)
}

// flowEnd ends a flow collection starting at start (at its properties or
// bracket), whose last child ends at last (or -1 when it has none).
func (t *Text) flowEnd(start, last int) int {
	p := t.skipProps(start, true)
	if last < p {
		last = p
		if last < len(t.src) && (t.src[last] == '[' || t.src[last] == '{') {
			last++
		}
	}
	q := t.skipSpace(last, true)
	if q < len(t.src) && (t.src[q] == ']' || t.src[q] == '}') {
		return q + 1
	}
	return last
}

// aliasEnd ends an alias token starting at p.
func (t *Text) aliasEnd(p int) int {
	i := p + 1
	for i < len(t.src) && !isBlank(t.src[i]) && !isBreak(t.src[i]) && !isFlowIndicator(t.src[i]) {
		i++
	}
	return i
}
