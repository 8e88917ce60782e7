package dockerfile

import (
	"bytes"
	"sort"
	"strings"
	"unicode"

	"github.com/shipgate/shipgate/scanner/model"
)

// lines indexes a file's lines: starts[i] is the offset of line i+1, ends[i]
// the offset of its end (before "\r\n" or "\n").
type lines struct {
	src    []byte
	starts []int
	ends   []int
	// bom is the length of a UTF-8 byte order mark that line 1 starts
	// with (BuildKit ignores it; columns count from after it).
	bom int
}

func newLines(src []byte) *lines {
	l := &lines{src: src}
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) {
		l.bom = 3
	}
	start := 0
	for {
		i := bytes.IndexByte(src[start:], '\n')
		if i < 0 {
			end := len(src)
			l.starts = append(l.starts, start)
			l.ends = append(l.ends, end)
			break
		}
		end := start + i
		if end > start && src[end-1] == '\r' {
			end--
		}
		l.starts = append(l.starts, start)
		l.ends = append(l.ends, end)
		start += i + 1
	}
	return l
}

// count is the number of lines.
func (l *lines) count() int { return len(l.starts) }

// text is line n (1-based) without its line ending.
func (l *lines) text(n int) []byte { return l.src[l.starts[n-1]:l.ends[n-1]] }

// pos converts a byte offset to a 1-based line and column.
func (l *lines) pos(off int) model.Pos {
	off = max(0, min(off, len(l.src)))
	i := sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > off }) - 1
	i = max(i, 0)
	start := l.starts[i]
	if i == 0 {
		start = min(l.bom, l.ends[0])
	}
	return model.Pos{Line: i + 1, Col: max(off-start, 0) + 1}
}

// rng is the range of the file bytes [from, to).
func (l *lines) rng(file string, from, to int) model.Range {
	return model.Range{File: file, Start: l.pos(from), End: l.pos(max(from, to))}
}

// mapped is a text assembled from pieces of the file (an instruction with
// its continuation lines joined and comment lines dropped, as BuildKit
// reads it) with the file offset of every byte.
type mapped struct {
	text string
	segs []seg
}

// seg says that text[at:] starts at file offset file (until the next seg).
type seg struct{ at, file int }

func (m *mapped) add(l *lines, from, to int) {
	if to <= from {
		return
	}
	m.segs = append(m.segs, seg{at: len(m.text), file: from})
	m.text += string(l.src[from:to])
}

// off is the file offset of text offset i (i may be len(text): just past
// the last byte).
func (m *mapped) off(i int) int {
	if len(m.segs) == 0 {
		return 0
	}
	if i >= len(m.text) && len(m.text) > 0 {
		return m.off(len(m.text)-1) + 1
	}
	j := sort.Search(len(m.segs), func(j int) bool { return m.segs[j].at > i }) - 1
	j = max(j, 0)
	return m.segs[j].file + i - m.segs[j].at
}

// span is the file range [start, end) of text[from:to].
func (m *mapped) span(from, to int) (int, int) {
	if to <= from {
		o := m.off(from)
		return o, o
	}
	return m.off(from), m.off(to-1) + 1
}

// slice is the part text[from:to] with its mapping.
func (m *mapped) slice(from, to int) *mapped {
	out := &mapped{text: m.text[from:to]}
	for i, s := range m.segs {
		end := len(m.text)
		if i+1 < len(m.segs) {
			end = m.segs[i+1].at
		}
		lo, hi := max(s.at, from), min(end, to)
		if lo >= hi {
			continue
		}
		out.segs = append(out.segs, seg{at: lo - from, file: s.file + lo - s.at})
	}
	return out
}

// continued reports whether a line ends in the escape character (spaces
// and tabs after it allowed) that is not itself escaped, as BuildKit's
// lineContinuationRegex decides, and where the escape is. A hand-written
// scan: the regular expression backtracks over every line.
func continued(line []byte, escape byte) (int, bool) {
	end := len(line)
	for end > 0 && (line[end-1] == ' ' || line[end-1] == '\t') {
		end--
	}
	if end == 0 || line[end-1] != escape {
		return 0, false
	}
	if end >= 2 && line[end-2] == escape {
		return 0, false
	}
	return end - 1, true
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\v' || b == '\f' || b == '\r' }

func isCommentLine(b []byte) bool {
	b = bytes.TrimLeftFunc(b, unicode.IsSpace)
	return len(b) > 0 && b[0] == '#'
}

func isBlank(b []byte) bool { return len(bytes.TrimLeftFunc(b, unicode.IsSpace)) == 0 }

// logical assembles the instruction that starts on line start as BuildKit
// reads it: leading space of the first line dropped, comment and blank
// lines inside it skipped, each continuation escape (and the spaces after
// it) removed. It returns the text and the last line of the instruction
// proper (heredoc bodies follow it).
func logical(l *lines, start int, escape byte) (*mapped, int) {
	// The text grows in a builder: appending to a string copied it whole
	// for every line, quadratic in a RUN of many continuation lines.
	m := &mapped{}
	var b strings.Builder
	add := func(from, to int) {
		if to > from {
			m.segs = append(m.segs, seg{at: b.Len(), file: from})
			b.Write(l.src[from:to])
		}
	}
	for n := start; n <= l.count(); n++ {
		text := l.text(n)
		from := l.starts[n-1]
		if n == 1 {
			from += min(l.bom, len(text))
			text = text[min(l.bom, len(text)):]
		}
		if n == start {
			trimmed := bytes.TrimLeftFunc(text, unicode.IsSpace)
			from += len(text) - len(trimmed)
			text = trimmed
		} else if isCommentLine(text) || isBlank(text) {
			continue
		}
		at, ok := continued(text, escape)
		if !ok {
			add(from, from+len(text))
			m.text = b.String()
			return m, n
		}
		// Drop the escape and what follows it.
		add(from, from+at)
	}
	m.text = b.String()
	return m, l.count()
}

// word is a whitespace-separated word of an instruction's text, quotes
// kept, with its text offsets.
type word struct {
	text       string
	start, end int
}

// words splits s into words as BuildKit's flag and argument splitting
// does: whitespace outside quotes separates, the escape character escapes
// the next byte.
func words(s string, escape byte) []word {
	var out []word
	start := -1
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case start < 0 && isSpace(c):
			continue
		case start < 0:
			start = i
		}
		switch {
		case quote != 0:
			if c == escape && quote == '"' && i+1 < len(s) {
				i++
			} else if c == quote {
				quote = 0
			}
		case c == escape && i+1 < len(s):
			i++
		case c == '"' || c == '\'':
			quote = c
		case isSpace(c):
			out = append(out, word{s[start:i], start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, word{s[start:], start, len(s)})
	}
	return out
}
