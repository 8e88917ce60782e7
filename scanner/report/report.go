// Package report writes a scan result as text for people, as JSON for
// scripts, as SARIF 2.1.0 for code-scanning services, as GitHub Actions
// annotations and a Markdown job summary, as JUnit XML for CodeBuild
// report groups, or as one self-contained HTML page for people who do not
// read CI logs. There is one file
// per output format; every writer is deterministic, so the same result
// always gives the same bytes.
package report

import (
	"io"
	"sort"

	"github.com/shipgate/shipgate/scanner/model"
)

// Options carries what every format may need.
type Options struct {
	// Version is the tool version, written to the JSON output and the SARIF
	// driver.
	Version string
	// Color turns on ANSI colours in text output. The CLI sets it when
	// stdout is a terminal and NO_COLOR is unset; other formats ignore it.
	Color bool
	// FailOn is the gate threshold, used by the text summary to say how many
	// findings are at or above it. SeverityNone leaves that line out.
	FailOn model.Severity
	// SARIFCategory, when set, is the SARIF run's automationDetails.id
	// category (SARIFAutomationID), so that several scans of one
	// repository upload to code scanning side by side.
	SARIFCategory string
	// ASFF configures the asff format (asff.go).
	ASFF ASFFOptions
}

// Formats maps a format name, as given to --format, to its writer.
var Formats = map[string]func(io.Writer, *model.Result, Options) error{
	"text":     Text,
	"html":     HTML,
	"json":     JSON,
	"sarif":    SARIF,
	"github":   GitHub,
	"markdown": Markdown,
	"junit":    JUnit,
	"asff":     ASFF,
}

// FormatNames lists the keys of Formats in sorted order, for help text and
// error messages.
func FormatNames() []string {
	names := make([]string, 0, len(Formats))
	for name := range Formats {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// counts are the numbers every summary is made of.
type counts struct {
	// bySeverity counts findings that gate: not suppressed, not warnings.
	bySeverity [model.SeverityCritical + 1]int
	findings   int
	warnings   int
	suppressed int
	// baselined counts unsuppressed findings and advisories recorded in
	// the --baseline file: shown, never gating.
	baselined int
	// atOrAbove counts gating findings at or above the threshold.
	atOrAbove int
	// filesScanned counts distinct scanned files, those of a module
	// directory each.
	filesScanned int
	// filesNotScanned counts distinct paths that were not scanned and
	// have a non-policy error.
	filesNotScanned int
	// filesPartlyScanned counts distinct scanned paths with a parse error:
	// part of the file (a resource) could not be read, the rest was checked.
	filesPartlyScanned int
	policyErrors       int
	// badSuppressions counts malformed suppressions: their files were
	// scanned, but what they meant to suppress is unknown.
	badSuppressions int
}

func count(res *model.Result, failOn model.Severity) counts {
	var c counts
	for _, f := range res.Findings {
		switch {
		case f.Suppression != nil:
			c.suppressed++
		case f.Baseline == model.BaselineUnchanged:
			c.baselined++
		case f.Warning:
			c.warnings++
		default:
			c.findings++
			if f.Severity >= 0 && int(f.Severity) < len(c.bySeverity) {
				c.bySeverity[f.Severity]++
			}
			if f.Gates(failOn) {
				c.atOrAbove++
			}
		}
	}
	scanned, files := make(map[string]bool, len(res.Scanned)), make(map[string]bool, len(res.Scanned))
	for _, s := range res.Scanned {
		scanned[s.Path] = true
		for _, f := range s.Files {
			files[f] = true
		}
		if len(s.Files) == 0 {
			files[s.Path] = true
		}
	}
	c.filesScanned = len(files)
	notScanned, partly := make(map[string]bool), make(map[string]bool)
	for _, e := range res.Errors {
		switch {
		case e.Kind == model.ErrPolicy:
			c.policyErrors++
		case e.Kind == model.ErrSuppression:
			c.badSuppressions++
		case scanned[e.Path]:
			partly[e.Path] = true
		default:
			notScanned[e.Path] = true
		}
	}
	c.filesNotScanned = len(notScanned)
	c.filesPartlyScanned = len(partly)
	return c
}
