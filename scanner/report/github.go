package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/shipgate/shipgate/scanner/model"
)

// GitHub writes GitHub Actions workflow commands, one line per finding,
// file error and note, which the runner turns into annotations on the
// pull request's diff: ::error for findings at or above the gate, ::warning
// for other findings, ::notice for advisories and notes. Suppressed
// findings are left out. Everything from a scanned file is escaped twice:
// control characters as for a terminal (Escape), then the command syntax
// (%, CR, LF and, in properties, : and ,), so no value can end the
// command or start another.
func GitHub(w io.Writer, res *model.Result, opts Options) error {
	bw := bufio.NewWriter(w)
	titles := map[string]string{}
	for _, r := range res.Rules {
		titles[r.ID] = r.Title
	}
	for _, f := range res.Findings {
		if f.Suppression != nil {
			continue
		}
		level := "warning"
		switch {
		case f.Warning, f.Baseline == model.BaselineUnchanged:
			// Advisories and baselined findings never gate; GitHub shows
			// only ten annotations of a level per step, which they must
			// not take from the findings that do.
			level = "notice"
		case f.Gates(opts.FailOn):
			level = "error"
		}
		title := f.RuleID
		if t := titles[f.RuleID]; t != "" {
			title += ": " + t
		}
		msg := fmt.Sprintf("%s (%s)", f.Message, f.Severity)
		if f.Warning {
			msg = fmt.Sprintf("%s (advisory, %s)", f.Message, f.Severity)
		}
		if f.Baseline == model.BaselineUnchanged {
			msg = strings.TrimSuffix(msg, ")") + ", baselined)"
		}
		writeCommand(bw, level, &f.Range, title, msg)
	}
	for _, e := range res.Errors {
		level := "error"
		if e.Kind == model.ErrSkipped {
			level = "notice"
		}
		r := e.Range
		if r == nil {
			r = &model.Range{File: e.Path}
		}
		writeCommand(bw, level, r, "shipgate: "+string(e.Kind), e.Message)
	}
	for _, n := range res.Notes {
		writeCommand(bw, "notice", &n.Range, "shipgate", n.Message)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write github report: %w", err)
	}
	return nil
}

// writeCommand writes one workflow command with the location of r.
func writeCommand(w *bufio.Writer, level string, r *model.Range, title, msg string) {
	props := []string{"file=" + ghProperty(r.File)}
	if r.Start.Line > 0 {
		props = append(props, fmt.Sprintf("line=%d", r.Start.Line), fmt.Sprintf("col=%d", r.Start.Col))
		if r.End.Line >= r.Start.Line {
			props = append(props, fmt.Sprintf("endLine=%d", r.End.Line))
			if r.End.Line == r.Start.Line && r.End.Col > r.Start.Col {
				props = append(props, fmt.Sprintf("endColumn=%d", r.End.Col))
			}
		}
	}
	props = append(props, "title="+ghProperty(title))
	fmt.Fprintf(w, "::%s %s::%s\n", level, strings.Join(props, ","), ghData(msg))
}

// ghData escapes a command's message.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(Escape(s))
}

// ghProperty escapes a command property's value.
func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(Escape(s))
}
