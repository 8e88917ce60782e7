package report

import (
	"cmp"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strconv"

	"github.com/shipgate/shipgate/scanner/model"
)

// JUnit writes JUnit XML, the test report format CodeBuild report groups
// (and most CI dashboards) read. Each rule that ran is a test suite; each
// resource (or file) a rule found something on is a test case that fails
// with the findings' messages and locations; a rule that ran clean is one
// passing case. Suppressed findings are skipped cases, advisories pass
// with their message as output, and every file that could not be scanned
// is an erroring case of a "shipgate" suite, so an incomplete scan never
// reads as green.
func JUnit(w io.Writer, res *model.Result, opts Options) error {
	kinds := map[model.Kind]bool{}
	for _, s := range res.Scanned {
		kinds[s.Kind] = true
	}
	byRule := map[string][]model.Finding{}
	for _, f := range res.Findings {
		byRule[f.RuleID] = append(byRule[f.RuleID], f)
	}
	out := junitSuites{Name: "shipgate"}
	if b := res.Bundle; b != nil {
		out.Properties = &junitProperties{Items: []junitProperty{
			{Name: "shipgate.bundle.path", Value: Escape(b.Path)},
			{Name: "shipgate.bundle.revision", Value: Escape(b.Revision)},
			{Name: "shipgate.bundle.signed", Value: strconv.FormatBool(b.Signed)},
		}}
	}
	for _, r := range res.Rules {
		ran := len(r.Kinds) == 0 && len(kinds) > 0 || slices.ContainsFunc(r.Kinds, func(k model.Kind) bool { return kinds[k] })
		fs := byRule[r.ID]
		if !ran && len(fs) == 0 {
			continue
		}
		suite := junitSuite{Name: r.ID + ": " + Escape(r.Title)}
		if len(fs) == 0 {
			suite.Cases = append(suite.Cases, junitCase{Name: "no findings", Class: r.ID})
		}
		for _, group := range groupByTarget(fs) {
			suite.Cases = append(suite.Cases, junitCaseOf(r, group))
		}
		out.add(suite)
	}
	if len(res.Errors) > 0 {
		suite := junitSuite{Name: "shipgate"}
		for _, e := range res.Errors {
			c := junitCase{Name: Escape(location(e.Path, e.Range)), Class: "shipgate." + string(e.Kind)}
			if e.Kind == model.ErrSkipped {
				c.Skipped = &junitMessage{Message: Escape(e.Message)}
			} else {
				c.Error = &junitMessage{Message: Escape(e.Message), Type: string(e.Kind), Text: Escape(location(e.Path, e.Range) + ": " + e.Message)}
			}
			suite.Cases = append(suite.Cases, c)
		}
		out.add(suite)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("write junit report: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("write junit report: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// groupByTarget groups a rule's findings by resource, or by file for
// findings without one, in order of first appearance.
func groupByTarget(fs []model.Finding) [][]model.Finding {
	var keys []string
	groups := map[string][]model.Finding{}
	for _, f := range fs {
		k := f.Range.File + "\x00" + f.Resource
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], f)
	}
	out := make([][]model.Finding, len(keys))
	for i, k := range keys {
		out[i] = groups[k]
	}
	return out
}

// junitCaseOf is the test case of rule r on one resource or file.
func junitCaseOf(r model.Rule, fs []model.Finding) junitCase {
	first := fs[0]
	name := first.Range.File
	if first.Resource != "" {
		name = first.Resource + " (" + first.Range.File + ")"
	}
	c := junitCase{Name: Escape(name), Class: r.ID, File: Escape(first.Range.File)}
	if first.Range.Start.Line > 0 {
		c.Line = first.Range.Start.Line
	}
	var failing, advisory, suppressed []model.Finding
	for _, f := range fs {
		switch {
		case f.Suppression != nil:
			suppressed = append(suppressed, f)
		case f.Warning, f.Baseline == model.BaselineUnchanged:
			// Neither gates: a baselined finding is listed like an
			// advisory, not as a failing case.
			advisory = append(advisory, f)
		default:
			failing = append(failing, f)
		}
	}
	switch {
	case len(failing) > 0:
		c.Failure = &junitMessage{Message: Escape(failing[0].Message), Type: failing[0].Severity.String(), Text: findingLines(failing)}
	case len(advisory) > 0:
		c.Output = findingLines(advisory)
	default:
		c.Skipped = &junitMessage{Message: Escape("suppressed: " + cmp.Or(suppressed[0].Suppression.Justification, suppressed[0].Suppression.Kind))}
	}
	return c
}

// findingLines lists findings as "file:line:col: message (severity)".
func findingLines(fs []model.Finding) string {
	var s string
	for _, f := range fs {
		s += Escape(fmt.Sprintf("%s: %s (%s)", location(f.Range.File, &f.Range), f.Message, f.Severity)) + "\n"
	}
	return s
}

type junitSuites struct {
	XMLName  xml.Name `xml:"testsuites"`
	Name     string   `xml:"name,attr"`
	Tests    int      `xml:"tests,attr"`
	Failures int      `xml:"failures,attr"`
	Errors   int      `xml:"errors,attr"`
	Skipped  int      `xml:"skipped,attr"`
	// Properties record the policy bundle the scan ran (scan --bundle).
	Properties *junitProperties `xml:"properties,omitempty"`
	Suites     []junitSuite     `xml:"testsuite"`
}

type junitProperties struct {
	Items []junitProperty `xml:"property"`
}

type junitProperty struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

// add appends a suite and adds its counts to the totals.
func (s *junitSuites) add(suite junitSuite) {
	for _, c := range suite.Cases {
		suite.Tests++
		switch {
		case c.Failure != nil:
			suite.Failures++
		case c.Error != nil:
			suite.Errors++
		case c.Skipped != nil:
			suite.Skipped++
		}
	}
	s.Tests += suite.Tests
	s.Failures += suite.Failures
	s.Errors += suite.Errors
	s.Skipped += suite.Skipped
	s.Suites = append(s.Suites, suite)
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name    string        `xml:"name,attr"`
	Class   string        `xml:"classname,attr"`
	File    string        `xml:"file,attr,omitempty"`
	Line    int           `xml:"line,attr,omitempty"`
	Failure *junitMessage `xml:"failure,omitempty"`
	Error   *junitMessage `xml:"error,omitempty"`
	Skipped *junitMessage `xml:"skipped,omitempty"`
	Output  string        `xml:"system-out,omitempty"`
}

type junitMessage struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr,omitempty"`
	Text    string `xml:",chardata"`
}
