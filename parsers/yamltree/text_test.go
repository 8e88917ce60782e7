package yamltree

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// naiveOffset is offset as a walk from the start of the line, the
// reference the constant-time lookup must agree with.
func naiveOffset(t *Text, line, col int) int {
	if line < 1 {
		return 0
	}
	if line > len(t.yamlLines) {
		return len(t.src)
	}
	off := t.yamlLines[line-1]
	for c := 1; c < col && off < len(t.src); c++ {
		if isBreak(t.src[off]) {
			break
		}
		_, w := utf8.DecodeRune(t.src[off:])
		off += w
	}
	return off
}

// naiveColumn0 is column0 as a walk back to the line start.
func naiveColumn0(t *Text, off int) int {
	s := off
	for s > 0 && !isBreak(t.src[s-1]) {
		s--
	}
	if s == 0 && t.yamlLines[0] == 3 && off >= 3 {
		s = 3
	}
	return off - s
}

// TestPositionLookup checks offset and column0 against walks on every
// kind of line break, multibyte characters, a byte order mark and lines
// longer than the mark spacing.
func TestPositionLookup(t *testing.T) {
	long := strings.Repeat("é", 150) + "x" + strings.Repeat("ab", 100)
	srcs := map[string]string{
		"ascii":         "a: 1\nbb: [x, y]\n\nlast",
		"crlf":          "a: 1\r\nb: 2\r\n\r\nc",
		"cr":            "a: 1\rb: 2\r",
		"nel ls ps":     "a: 1\u0085b: é\u2028c: 3\u2029d",
		"bom":           "\ufeffa: 1\nb: 2\n",
		"long multi":    "k: " + long + "\nm: " + long + "\r\n" + long,
		"empty":         "",
		"only breaks":   "\n\r\n\r",
		"invalid utf-8": "a: \xff\xfe\xc3\nb",
	}
	for name, src := range srcs {
		t.Run(name, func(t *testing.T) {
			tx := NewText([]byte(src))
			for line := 0; line <= len(tx.yamlLines)+1; line++ {
				for col := 0; col <= len(src)+2; col++ {
					if got, want := tx.Offset(line, col), naiveOffset(tx, line, col); got != want {
						t.Fatalf("offset(%d, %d) = %d, want %d", line, col, got, want)
					}
				}
			}
			for off := 0; off <= len(src); off++ {
				if got, want := tx.column0(off), naiveColumn0(tx, off); got != want {
					t.Fatalf("column0(%d) = %d, want %d", off, got, want)
				}
			}
		})
	}
}
