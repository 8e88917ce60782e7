package report

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shipgate/shipgate/scanner/model"
)

// ANSI escape sequences used when Options.Color is set.
const (
	ansiReset   = "\x1b[0m"
	ansiBold    = "\x1b[1m"
	ansiDim     = "\x1b[2m"
	ansiRed     = "\x1b[31m"
	ansiBoldRed = "\x1b[1;31m"
	ansiYellow  = "\x1b[33m"
	ansiBlue    = "\x1b[34m"
	ansiCyan    = "\x1b[36m"
)

var severityColors = map[model.Severity]string{
	model.SeverityCritical: ansiBoldRed,
	model.SeverityHigh:     ansiRed,
	model.SeverityMedium:   ansiYellow,
	model.SeverityLow:      ansiCyan,
	model.SeverityInfo:     ansiBlue,
}

// minGutter is the narrowest line-number column in snippets, so that the
// bars of consecutive snippets line up for files of up to 99999 lines.
const minGutter = 5

// Text writes res for people, one finding per line in the form
//
//	path:line:col: message [RULE-ID] (severity)
//
// followed by a two-line snippet of the source with the range underlined.
// Warnings read "(warning, severity)"; a finding on a resource whose
// Condition is undecidable adds it: "(high, if condition "Prod")". Suppressed findings are only counted
// in the summary. Files that were not scanned, policy failures and notes
// come after the findings, then the summary line.
func Text(w io.Writer, res *model.Result, opts Options) error {
	bw := bufio.NewWriter(w)
	p := &textPrinter{w: bw, color: opts.Color, src: newSourceCache(res.Sources)}

	section := false
	for _, f := range res.Findings {
		if f.Suppression != nil {
			continue
		}
		p.finding(f)
		section = true
	}

	if len(res.Errors) > 0 || len(res.Notes) > 0 {
		if section {
			bw.WriteString("\n")
		}
		for _, e := range res.Errors {
			p.fileError(e)
		}
		for _, n := range res.Notes {
			p.note(n)
		}
		section = true
	}

	if section {
		bw.WriteString("\n")
	}
	p.summary(res, opts.FailOn)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write text report: %w", err)
	}
	return nil
}

// textPrinter holds what the text writer needs across findings: the output,
// whether to colour, and each source file split into lines once.
type textPrinter struct {
	w     *bufio.Writer
	color bool
	src   *sourceCache
}

// paint wraps s in an ANSI style when colour is on.
func (p *textPrinter) paint(style, s string) string {
	if !p.color || style == "" {
		return s
	}
	return style + s + ansiReset
}

func (p *textPrinter) finding(f model.Finding) {
	label := f.Severity.String()
	if f.Warning {
		label = "warning, " + label
	}
	if f.Condition != "" {
		label += fmt.Sprintf(", if condition %q", f.Condition)
	}
	fmt.Fprintf(p.w, "%s: %s %s %s\n",
		position(f.Range.File, &f.Range),
		f.Message,
		p.paint(ansiDim, "["+f.RuleID+"]"),
		p.paint(severityColors[f.Severity], "("+label+")"))
	caret := func(s string) string { return p.paint(ansiRed, s) }
	p.w.WriteString(snippet(p.src.get(f.Range.File), f.Range, caret))
}

func (p *textPrinter) fileError(e model.FileError) {
	label, style := "error", ansiBoldRed
	if e.Kind == model.ErrSkipped {
		label, style = "skipped", ansiDim
	}
	fmt.Fprintf(p.w, "%s: %s %s\n", position(e.Path, e.Range), p.paint(style, label+":"), e.Message)
}

func (p *textPrinter) note(n model.Note) {
	label := p.paint(ansiCyan, "note:")
	if n.Range.File == "" {
		fmt.Fprintf(p.w, "%s %s\n", label, n.Message)
		return
	}
	fmt.Fprintf(p.w, "%s: %s %s\n", position(n.Range.File, &n.Range), label, n.Message)
}

func (p *textPrinter) summary(res *model.Result, failOn model.Severity) {
	c := count(res, failOn)
	var b strings.Builder
	fmt.Fprintf(&b, "%s scanned, %s (critical: %d, high: %d, medium: %d, low: %d, info: %d)",
		plural(c.filesScanned, "file"), plural(c.findings, "finding"),
		c.bySeverity[model.SeverityCritical], c.bySeverity[model.SeverityHigh],
		c.bySeverity[model.SeverityMedium], c.bySeverity[model.SeverityLow],
		c.bySeverity[model.SeverityInfo])
	if c.warnings > 0 {
		fmt.Fprintf(&b, ", %s", plural(c.warnings, "warning"))
	}
	if c.suppressed > 0 {
		fmt.Fprintf(&b, ", %d suppressed", c.suppressed)
	}
	fmt.Fprintf(&b, ", %s not scanned", plural(c.filesNotScanned, "file"))
	if c.filesPartlyScanned > 0 {
		fmt.Fprintf(&b, ", %s partly scanned", plural(c.filesPartlyScanned, "file"))
	}
	if c.policyErrors > 0 {
		fmt.Fprintf(&b, ", %s", plural(c.policyErrors, "policy error"))
	}
	b.WriteString("\n")
	if failOn != model.SeverityNone {
		fmt.Fprintf(&b, "%s at or above %s\n", plural(c.atOrAbove, "finding"), failOn)
	}
	if res.Incomplete() {
		b.WriteString(p.paint(ansiBoldRed, "scan incomplete:") + " some files or policies failed; see the errors above\n")
	}
	p.w.WriteString(b.String())
}

// splitLines splits src at "\n" and drops a "\r" before it, so CRLF files
// show no stray carriage returns.
func splitLines(src []byte) [][]byte {
	lines := bytes.Split(src, []byte("\n"))
	for i, l := range lines {
		lines[i] = bytes.TrimSuffix(l, []byte("\r"))
	}
	return lines
}

// position formats path:line:col, or path alone when r carries no line.
func position(path string, r *model.Range) string {
	if r == nil || r.Start.Line < 1 {
		return path
	}
	if r.Start.Col < 1 {
		return path + ":" + strconv.Itoa(r.Start.Line)
	}
	return path + ":" + strconv.Itoa(r.Start.Line) + ":" + strconv.Itoa(r.Start.Col)
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// snippet renders the line before r and r's start line, numbered, then a
// caret line under the range: from Start.Col to End.Col on the start line,
// to the end of that line when the range spans lines, and a single caret
// when End is unset. The caret line repeats the tabs of the source line's
// prefix so that it aligns in any tab width. caret styles the carets. It
// returns "" when the source or the line is unavailable.
func snippet(lines [][]byte, r model.Range, caret func(string) string) string {
	n := r.Start.Line
	if n < 1 || n > len(lines) {
		return ""
	}
	line := lines[n-1]
	width := max(minGutter, len(strconv.Itoa(n)))

	var b strings.Builder
	if n > 1 {
		fmt.Fprintf(&b, "%*d | %s\n", width, n-1, printable(lines[n-2]))
	}
	fmt.Fprintf(&b, "%*d | %s\n", width, n, printable(line))

	start := min(max(r.Start.Col, 1), len(line)+1)
	end := start + 1
	switch {
	case r.End.Line > r.Start.Line:
		end = len(line) + 1
	case r.End.Line == r.Start.Line && r.End.Col > start:
		end = min(r.End.Col, len(line)+1)
	}

	var indent strings.Builder
	for prefix := line[:start-1]; len(prefix) > 0; {
		ch, size := utf8.DecodeRune(prefix)
		if ch == '\t' {
			indent.WriteByte('\t')
		} else {
			indent.WriteByte(' ')
		}
		prefix = prefix[size:]
	}
	span := 1
	if end-1 <= len(line) {
		span = max(utf8.RuneCount(line[start-1:end-1]), 1)
	}
	fmt.Fprintf(&b, "%*s | %s%s\n", width, "", indent.String(), caret("^"+strings.Repeat("~", span-1)))
	return b.String()
}

// printable replaces control characters other than tab, so that a scanned
// file cannot send escape sequences to the terminal. It keeps one byte per
// byte, so columns still line up.
func printable(line []byte) string {
	if bytes.IndexFunc(line, isControl) < 0 {
		return string(line)
	}
	out := make([]byte, len(line))
	for i, c := range line {
		if isControl(rune(c)) {
			c = '?'
		}
		out[i] = c
	}
	return string(out)
}

func isControl(r rune) bool {
	return (r < 0x20 && r != '\t') || r == 0x7f
}
