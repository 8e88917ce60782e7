package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/shipgate/shipgate/scanner/model"
)

// markdownRows bounds the findings table: a GitHub job summary holds at
// most 1 MiB, and a reviewer reads the first screens; the rest is in the
// SARIF and JSON outputs.
const markdownRows = 200

// Markdown writes a summary for people reading a pull request or a job
// summary ($GITHUB_STEP_SUMMARY): the counts, a table of the unsuppressed
// findings (at most markdownRows), the files not scanned and the notes.
// Every text from a scanned file is escaped so that it shows as written
// and can neither format the page nor add a link or an image.
func Markdown(w io.Writer, res *model.Result, opts Options) error {
	bw := bufio.NewWriter(w)
	c := count(res, opts.FailOn)
	bw.WriteString("## shipgate\n\n")
	if opts.FailOn != model.SeverityNone {
		verdict := "passes"
		if c.atOrAbove > 0 {
			verdict = "fails"
		}
		fmt.Fprintf(bw, "The gate (`--fail-on %s`) **%s**: %s at or above %s.", opts.FailOn, verdict, plural(c.atOrAbove, "finding"), opts.FailOn)
		if res.Incomplete() {
			bw.WriteString(" **The scan is incomplete**: some files or policies failed (below).")
		}
		bw.WriteString("\n\n")
	}
	fmt.Fprintf(bw, "%s scanned, %s not scanned.\n\n", plural(c.filesScanned, "file"), plural(c.filesNotScanned, "file"))
	if bl := res.Bundle; bl != nil {
		fmt.Fprintf(bw, "Policy bundle %s, revision %s, %s.\n\n", mdText(bl.Path), mdText(bl.Revision), signedWord(bl.Signed))
	}
	bw.WriteString("| critical | high | medium | low | info | advisories | suppressed |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	fmt.Fprintf(bw, "| %d | %d | %d | %d | %d | %d | %d |\n",
		c.bySeverity[model.SeverityCritical], c.bySeverity[model.SeverityHigh], c.bySeverity[model.SeverityMedium],
		c.bySeverity[model.SeverityLow], c.bySeverity[model.SeverityInfo], c.warnings, c.suppressed)
	if c.baselined > 0 {
		fmt.Fprintf(bw, "\n%d baselined (recorded in the baseline file; they do not gate).\n", c.baselined)
	}

	rows := 0
	for _, f := range res.Findings {
		if f.Suppression != nil {
			continue
		}
		if rows == 0 {
			bw.WriteString("\n### Findings\n\n| severity | location | rule | message |\n| --- | --- | --- | --- |\n")
		}
		if rows++; rows > markdownRows {
			continue
		}
		sev := f.Severity.String()
		if f.Warning {
			sev += " (advisory)"
		}
		if f.Baseline == model.BaselineUnchanged {
			sev += " (baselined)"
		}
		fmt.Fprintf(bw, "| %s | %s | %s | %s |\n", sev, mdText(location(f.Range.File, &f.Range)), mdText(f.RuleID), mdText(f.Message))
	}
	if rows > markdownRows {
		fmt.Fprintf(bw, "\n%s more in the SARIF and JSON outputs.\n", plural(rows-markdownRows, "finding"))
	}
	if len(res.Errors) > 0 {
		bw.WriteString("\n### Not scanned or partly scanned\n\n")
		for _, e := range res.Errors {
			fmt.Fprintf(bw, "- %s: %s (%s)\n", mdText(location(e.Path, e.Range)), mdText(e.Message), e.Kind)
		}
	}
	if len(res.Notes) > 0 {
		bw.WriteString("\n### Notes\n\n")
		for _, n := range res.Notes {
			fmt.Fprintf(bw, "- %s: %s\n", mdText(location(n.Range.File, &n.Range)), mdText(n.Message))
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write markdown report: %w", err)
	}
	return nil
}

// mdText escapes text for a Markdown table cell or list item: control
// characters as for a terminal, every ASCII punctuation character that
// Markdown or GitHub's autolinking reads with a backslash, and <, > and &
// as HTML entities; line breaks become spaces.
func mdText(s string) string {
	s = Escape(strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s))
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '-', '.', '!', '|', '~', ':', '@', '"', '\'', '$', '%', '^', '=':
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
