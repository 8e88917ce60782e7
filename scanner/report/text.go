package report

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
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
	ansiGreen   = "\x1b[32m"
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
// Condition is undecidable adds it, "(high, if condition "Prod")", and one
// inside a Terraform module the calls that made it, "(high, via
// module.app → module.bucket)". Paths, messages and source lines are
// escaped (see Escape) so that a scanned file can neither send escape
// sequences to a terminal nor commands to a CI runner, long lines are cut
// around the range, and the values of findings about secrets are masked.
// Suppressed findings are only counted
// in the summary. Files that were not scanned, policy failures and notes
// come after the findings, then the summary line.
func Text(w io.Writer, res *model.Result, opts Options) error {
	bw := bufio.NewWriter(w)
	p := &textPrinter{w: bw, color: opts.Color, src: newSourceCache(res)}

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
	if len(res.Compliance) > 0 {
		p.compliance(res.Compliance)
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
	if f.Baseline == model.BaselineUnchanged {
		label += ", baselined"
	}
	if f.Condition != "" {
		label += fmt.Sprintf(", if condition %q", f.Condition)
	}
	if len(f.Via) > 0 {
		names := make([]string, len(f.Via))
		for i, c := range f.Via {
			names[i] = c.Name
		}
		label += ", via " + strings.Join(names, " → ")
	}
	if v := f.ValueFrom; v != nil {
		label += fmt.Sprintf(", value set at %s:%d", v.File, v.Start.Line)
	}
	fmt.Fprintf(p.w, "%s %s %s %s\n",
		position(f.Range.File, &f.Range),
		Escape(f.Message),
		p.paint(ansiDim, "["+Escape(f.RuleID)+"]"),
		p.paint(severityColors[f.Severity], "("+Escape(label)+")"))
	caret := func(s string) string { return p.paint(ansiRed, s) }
	p.w.WriteString(snippet(p.src.get(f.Range.File), f.Range, caret))
}

func (p *textPrinter) fileError(e model.FileError) {
	label, style := "error", ansiBoldRed
	if e.Kind == model.ErrSkipped {
		label, style = "skipped", ansiDim
	}
	fmt.Fprintf(p.w, "%s %s %s\n", position(e.Path, e.Range), p.paint(style, label+":"), Escape(e.Message))
}

func (p *textPrinter) note(n model.Note) {
	label := p.paint(ansiCyan, "note:")
	if n.Range.File == "" {
		fmt.Fprintf(p.w, "%s %s\n", label, Escape(n.Message))
		return
	}
	fmt.Fprintf(p.w, "%s %s %s\n", position(n.Range.File, &n.Range), label, Escape(n.Message))
}

// compliance prints the per-control summary: a line per framework with its
// counts, then a row per control, failed ones first.
func (p *textPrinter) compliance(controls []model.ControlResult) {
	var frameworks []string
	byFramework := map[string][]model.ControlResult{}
	for _, c := range controls {
		if byFramework[c.Framework] == nil {
			frameworks = append(frameworks, c.Framework)
		}
		byFramework[c.Framework] = append(byFramework[c.Framework], c)
	}
	tw := tabwriter.NewWriter(p.w, 0, 4, 2, ' ', 0)
	for _, fw := range frameworks {
		cs := byFramework[fw]
		n := map[string]int{}
		for _, c := range cs {
			n[c.Status]++
		}
		fmt.Fprintf(tw, "%s (%s): %s, %d failed, %d passed, %d not applicable\n", Escape(fw), Escape(cs[0].Title),
			plural(len(cs), "control"), n[model.ControlFailed], n[model.ControlPassed], n[model.ControlNotApplicable])
		for _, status := range []string{model.ControlFailed, model.ControlPassed, model.ControlNotApplicable} {
			for _, c := range cs {
				if c.Status != status {
					continue
				}
				// Padded before painting: escapes would skew the columns.
				label := fmt.Sprintf("%-14s", strings.ToUpper(status))
				style := map[string]string{model.ControlFailed: ansiBoldRed, model.ControlPassed: ansiGreen}[status]
				counts := fmt.Sprintf("%d failed, %d passed", c.Failed, c.Passed)
				if c.Suppressed > 0 {
					counts += fmt.Sprintf(", %d suppressed", c.Suppressed)
				}
				fmt.Fprintf(tw, "  %s %s\t%s\t%s\n", p.paint(style, label), Escape(c.ID), counts, Escape(strings.Join(c.Rules, ", ")))
			}
		}
	}
	tw.Flush()
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
	if c.baselined > 0 {
		fmt.Fprintf(&b, ", %d baselined", c.baselined)
	}
	if n := len(res.Absent); n > 0 {
		entries := "entries"
		if n == 1 {
			entries = "entry"
		}
		fmt.Fprintf(&b, ", %d baseline %s no longer found", n, entries)
	}
	fmt.Fprintf(&b, ", %s not scanned", plural(c.filesNotScanned, "file"))
	if c.filesPartlyScanned > 0 {
		fmt.Fprintf(&b, ", %s partly scanned", plural(c.filesPartlyScanned, "file"))
	}
	if c.badSuppressions > 0 {
		fmt.Fprintf(&b, ", %s", plural(c.badSuppressions, "malformed suppression"))
	}
	if c.policyErrors > 0 {
		fmt.Fprintf(&b, ", %s", plural(c.policyErrors, "policy error"))
	}
	b.WriteString("\n")
	if failOn != model.SeverityNone {
		fmt.Fprintf(&b, "%s at or above %s\n", plural(c.atOrAbove, "finding"), failOn)
	}
	if bl := res.Bundle; bl != nil {
		fmt.Fprintf(&b, "policy bundle %s, revision %q, %s\n", Escape(bl.Path), bl.Revision, signedWord(bl.Signed))
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

// position formats "path:line:col:", or "path:" when r carries no line,
// with the path escaped. It starts a line, so it must not start a workflow
// command either, even with its colons: a path of ":" makes "::3:86:" or
// "::".
func position(path string, r *model.Range) string {
	path = Escape(path)
	switch {
	case r == nil || r.Start.Line < 1:
	case r.Start.Col < 1:
		path += ":" + strconv.Itoa(r.Start.Line)
	default:
		path += ":" + strconv.Itoa(r.Start.Line) + ":" + strconv.Itoa(r.Start.Col)
	}
	return lineStart(path + ":")
}

// location is file:line:col, for formats that write it in a cell of its
// own (position ends with the colon of a message line).
func location(path string, r *model.Range) string {
	return strings.TrimSuffix(position(path, r), ":")
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// maxShown bounds the bytes of a line that a snippet shows: a longer line
// (a minified template holds everything on one) is cut around the range,
// with "..." for each side left out, keeping shownBefore bytes before it.
const (
	maxShown    = 120
	shownBefore = 40
)

// snippet renders the line before r and r's start line, numbered, then a
// caret line under the range: from Start.Col to End.Col on the start line,
// to the end of that line when the range spans lines, and a single caret
// when End is unset. The caret line repeats the tabs of the source line's
// prefix so that it aligns in any tab width. caret styles the carets. It
// returns "" when the source or the line is unavailable.
func snippet(f *sourceFile, r model.Range, caret func(string) string) string {
	n := r.Start.Line
	line, ok := f.line(n)
	if !ok {
		return ""
	}
	width := max(minGutter, len(strconv.Itoa(n)))

	// The range as 0-based byte offsets [s, e) on the line.
	s := min(max(r.Start.Col, 1), len(line)+1) - 1
	e := s + 1
	switch {
	case r.End.Line > r.Start.Line:
		e = len(line)
	case r.End.Line == r.Start.Line && r.End.Col-1 > s:
		e = min(r.End.Col-1, len(line))
	}

	var b strings.Builder
	if prev, ok := f.line(n - 1); ok {
		from, to := window(prev, s)
		fmt.Fprintf(&b, "%*d | %s\n", width, n-1, join(renderCells(prev, from, to, f.masks[n-2])))
	}
	from, to := window(line, s)
	cells := renderCells(line, from, to, f.masks[n-1])
	fmt.Fprintf(&b, "%*d | %s\n", width, n, join(cells))

	var indent strings.Builder
	span := 0
	for _, c := range cells {
		switch {
		case c.off < s && c.text == "\t":
			indent.WriteByte('\t')
		case c.off < s:
			indent.WriteString(strings.Repeat(" ", utf8.RuneCountInString(c.text)))
		case c.off < e:
			span += utf8.RuneCountInString(c.text)
		}
	}
	span = max(span, 1)
	fmt.Fprintf(&b, "%*s | %s%s\n", width, "", indent.String(), caret("^"+strings.Repeat("~", span-1)))
	return b.String()
}

// window returns the part [from, to) of line to show for a range starting
// at byte s: all of it, or maxShown bytes around s, on rune boundaries.
func window(line []byte, s int) (from, to int) {
	if len(line) <= maxShown {
		return 0, len(line)
	}
	from = max(0, min(s-shownBefore, len(line)-maxShown))
	to = min(len(line), from+maxShown)
	for from > 0 && !utf8.RuneStart(line[from]) {
		from--
	}
	for to < len(line) && !utf8.RuneStart(line[to]) {
		to++
	}
	return from, to
}

// cell is one shown piece of a source line: a character, its escape, a
// mask or an ellipsis, with the offset of the byte it stands for.
type cell struct {
	off  int
	text string
}

// renderCells turns line[from:to] into cells: characters escaped, secret values
// in masks shown by their first characters and "****", and "..." for the
// parts of the line left out.
func renderCells(line []byte, from, to int, masks []span) []cell {
	cells := make([]cell, 0, to-from+2)
	if from > 0 {
		cells = append(cells, cell{from - 1, "..."})
	}
	for i := from; i < to; {
		if m, ok := maskAt(masks, i); ok {
			if hide := m.start + shownPrefix(line[m.start:m.end]); i >= hide {
				cells = append(cells, cell{i, "****"})
				i = m.end
				continue
			}
		}
		r, size := utf8.DecodeRune(line[i:])
		cells = append(cells, cell{i, escapeRune(r, string(line[i:i+size]))})
		i += size
	}
	if to < len(line) {
		cells = append(cells, cell{to, "..."})
	}
	return cells
}

func join(cells []cell) string {
	var b strings.Builder
	for _, c := range cells {
		b.WriteString(c.text)
	}
	return b.String()
}

// maskAt returns the mask that covers byte i.
func maskAt(masks []span, i int) (span, bool) {
	for _, m := range masks {
		if m.start <= i && i < m.end {
			return m, true
		}
	}
	return span{}, false
}

// shownPrefix is how many bytes of a secret value stay visible, as secret
// scanners show them: the first 2 to 4 characters (a quarter of a long
// value), none of a value of 4 characters or fewer.
func shownPrefix(v []byte) int {
	n := utf8.RuneCount(v)
	if n <= 4 {
		return 0
	}
	keep := min(4, max(2, n/4))
	off := 0
	for range keep {
		_, size := utf8.DecodeRune(v[off:])
		off += size
	}
	return off
}

// signedWord says whether a policy bundle was signed (and so verified).
func signedWord(signed bool) string {
	if signed {
		return "signature verified"
	}
	return "unsigned"
}
