package report

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Escape returns s with every character that could act on a terminal or a
// CI log written as an escape: C0 control characters (ESC, CR, LF, NUL)
// and DEL as \x1b, C1 controls, line separators and bidirectional
// formatting characters (which can reorder what a reviewer reads) as
// \u202e, and bytes that are not UTF-8 as \xff. Tabs stay. Everything a
// scanned file or path contributes to text output goes through it.
func Escape(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return r == utf8.RuneError || needsEscape(r) })
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.WriteString(s[:i])
	for s = s[i:]; s != ""; {
		r, size := utf8.DecodeRuneInString(s)
		b.WriteString(escapeRune(r, s[:size]))
		s = s[size:]
	}
	return b.String()
}

// escapeRune writes one character of a scanned file for a terminal: itself,
// or its escape. text holds its bytes.
func escapeRune(r rune, text string) string {
	switch {
	case r == utf8.RuneError && len(text) == 1:
		return fmt.Sprintf(`\x%02x`, text[0])
	case r < 0x80 && needsEscape(r):
		return fmt.Sprintf(`\x%02x`, r)
	case needsEscape(r):
		return fmt.Sprintf(`\u%04x`, r)
	}
	return text
}

// needsEscape reports whether r must not reach a terminal as itself.
func needsEscape(r rune) bool {
	switch {
	case r == '\t':
		return false
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	}
	switch r {
	case 0x061c, 0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e,
		0x2066, 0x2067, 0x2068, 0x2069, 0xfeff:
		return true
	}
	return false
}

// lineStart makes s, escaped, safe at the start of a line: a GitHub Actions
// runner reads a log line starting with "::" as a workflow command
// ("::error file=...::", "::add-mask::"), so the first colon of such a line
// is written \x3a.
func lineStart(s string) string {
	t := strings.TrimLeft(s, " \t")
	if !strings.HasPrefix(t, "::") {
		return s
	}
	return s[:len(s)-len(t)] + `\x3a` + t[1:]
}

// EscapeLines escapes a message of several lines for a terminal or a CI
// log: like Escape, but line feeds stay, and every line is safe at a line
// start (see lineStart).
func EscapeLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = lineStart(Escape(l))
	}
	return strings.Join(lines, "\n")
}
