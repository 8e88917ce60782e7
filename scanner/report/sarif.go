package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/owenrumney/go-sarif/v2/sarif"

	"github.com/shipgate/shipgate/scanner/model"
)

const (
	// sarifSchemaURI is the OASIS 2.1.0 schema (errata 01), the one the
	// output is tested against.
	sarifSchemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	informationURI = "https://github.com/shipgate/shipgate"
	// FingerprintKey names shipgate's fingerprint in SARIF
	// partialFingerprints. Bump it if the fingerprint recipe ever changes.
	FingerprintKey = "shipgate/v1"
	// srcRoot is the uriBaseId of every relative path: the scan root, which
	// code-scanning services resolve to the checkout.
	srcRoot = "%SRCROOT%"
)

// securitySeverity places each severity inside the band GitHub code scanning
// uses for it (critical >= 9.0, high 7.0-8.9, medium 4.0-6.9, low 0.1-3.9).
// Info has none: GitHub then ranks the alert by its level, "note".
var securitySeverity = map[model.Severity]string{
	model.SeverityCritical: "9.5",
	model.SeverityHigh:     "8.0",
	model.SeverityMedium:   "5.5",
	model.SeverityLow:      "3.0",
}

// SARIF writes res as a SARIF 2.1.0 log with one run. Every loaded rule is
// a reportingDescriptor, sorted by id; every finding a result with one
// location, its fingerprint under FingerprintKey and, if suppressed, a
// suppression. Files that could not be scanned, policy failures and notes
// are tool execution notifications, and executionSuccessful is false when
// the scan is incomplete. Columns are converted from bytes to UTF-16 code
// units, SARIF's default column kind, wherever the source is at hand.
func SARIF(w io.Writer, res *model.Result, opts Options) error {
	log, err := sarif.New(sarif.Version210, false)
	if err != nil {
		return fmt.Errorf("create sarif report: %w", err)
	}
	log.Schema = sarifSchemaURI

	driver := sarif.NewDriver("shipgate")
	driver.InformationURI = ptr(informationURI)
	if opts.Version != "" {
		driver.Version = ptr(opts.Version)
	}
	rules := append([]model.Rule(nil), res.Rules...)
	sort.SliceStable(rules, func(i, j int) bool { return rules[i].ID < rules[j].ID })
	ruleIndex := make(map[string]int, len(rules))
	for _, r := range rules {
		if _, dup := ruleIndex[r.ID]; dup {
			continue
		}
		ruleIndex[r.ID] = len(driver.Rules)
		driver.Rules = append(driver.Rules, sarifRule(r))
	}

	run := sarif.NewRun(*sarif.NewTool(driver))
	run.ColumnKind = "utf16CodeUnits"
	if opts.SARIFCategory != "" {
		run.AutomationDetails = sarif.NewRunAutomationDetails()
		run.AutomationDetails.ID = ptr(SARIFAutomationID(opts.SARIFCategory))
	}
	src := newSourceCache(res)
	for _, f := range res.Findings {
		run.Results = append(run.Results, sarifResult(f, ruleIndex, src))
	}
	for _, e := range res.Absent {
		run.Results = append(run.Results, absentResult(e, ruleIndex))
	}

	inv := sarif.NewInvocation().WithExecutionSuccess(!res.Incomplete())
	for _, e := range res.Errors {
		level := "error"
		if e.Kind == model.ErrSkipped {
			level = "note"
		}
		n := sarif.NewNotification().WithLevel(level).WithTextMessage(nonEmpty(e.Message, string(e.Kind)+" error"))
		if e.Path != "" {
			n.AddLocation(sarif.NewLocationWithPhysicalLocation(physicalLocation(e.Path, e.Range, src)))
		}
		if e.Kind != "" {
			n.Properties = sarif.Properties{"kind": string(e.Kind)}
		}
		inv.AddTToolExecutionNotification(n)
	}
	for _, note := range res.Notes {
		n := sarif.NewNotification().WithLevel("note").WithTextMessage(nonEmpty(note.Message, "note"))
		if note.Range.File != "" {
			r := note.Range
			n.AddLocation(sarif.NewLocationWithPhysicalLocation(physicalLocation(r.File, &r, src)))
		}
		inv.AddTToolExecutionNotification(n)
	}
	run.Invocations = []*sarif.Invocation{inv}
	if len(res.Compliance) > 0 || res.Bundle != nil {
		run.Properties = sarif.Properties{}
	}
	if len(res.Compliance) > 0 {
		// The per-control summary of scan --framework (model.ControlResult).
		run.Properties["compliance"] = res.Compliance
	}
	if res.Bundle != nil {
		// The policy bundle the scan loaded (scan --bundle).
		run.Properties["policyBundle"] = res.Bundle
	}
	log.AddRun(run)

	data, err := json.Marshal(log)
	if err != nil {
		return fmt.Errorf("encode sarif report: %w", err)
	}
	// go-sarif writes some unset optional fields as null (suppression.guid,
	// suppression.location), which the schema rejects; dropping null members
	// makes them absent, which means "unset" in SARIF.
	out, err := tidyJSON(data)
	if err != nil {
		return fmt.Errorf("encode sarif report: %w", err)
	}
	if _, err := w.Write(out); err != nil {
		return fmt.Errorf("write sarif report: %w", err)
	}
	return nil
}

// SARIFAutomationID is the runAutomationDetails.id of a scan category as
// GitHub code scanning reads it: "category/run-id", where everything up to
// the last slash is the category. Like github/codeql-action/upload-sarif's
// category input, a name that does not end in "/" gets one, so the run id
// is empty and every upload of the category replaces the previous one.
func SARIFAutomationID(category string) string {
	if strings.HasSuffix(category, "/") {
		return category
	}
	return category + "/"
}

func sarifRule(r model.Rule) *sarif.ReportingDescriptor {
	title := nonEmpty(r.Title, r.ID)
	description := nonEmpty(r.Description, title)
	text, markdown := description, description
	if r.Remediation != "" {
		text += "\n\nRemediation: " + r.Remediation
		markdown += "\n\n**Remediation:** " + r.Remediation
	}
	if len(r.Aliases) > 0 {
		text += "\n\nAlso known as: " + strings.Join(r.Aliases, ", ")
		markdown += "\n\n**Also known as:** " + strings.Join(r.Aliases, ", ")
	}

	tags := []string{"security"}
	for _, k := range r.Kinds {
		tags = append(tags, string(k))
	}
	tags = append(tags, r.Frameworks...)
	props := sarif.Properties{
		"tags":       unique(tags),
		"precision":  "high",
		"aliases":    orEmpty(r.Aliases),
		"frameworks": orEmpty(r.Frameworks),
	}
	if s, ok := securitySeverity[r.Severity]; ok {
		props["security-severity"] = s
	}

	return sarif.NewRule(r.ID).
		WithName(nonEmpty(camelCase(title), r.ID)).
		WithShortDescription(sarif.NewMultiformatMessageString(title)).
		WithFullDescription(sarif.NewMultiformatMessageString(description)).
		WithTextHelp(text).
		WithMarkdownHelp(markdown).
		WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(level(r.Severity))).
		WithProperties(props)
}

func sarifResult(f model.Finding, ruleIndex map[string]int, src *sourceCache) *sarif.Result {
	lvl := level(f.Severity)
	if f.Warning && lvl == "error" {
		// An advisory never fails the gate, so it is never shown as an error.
		lvl = "warning"
	}
	r := sarif.NewRuleResult(f.RuleID).
		WithLevel(lvl).
		WithMessage(sarif.NewTextMessage(nonEmpty(f.Message, f.RuleID)))
	if i, ok := ruleIndex[f.RuleID]; ok {
		r.WithRuleIndex(i)
	}

	loc := sarif.NewLocationWithPhysicalLocation(physicalLocation(f.Range.File, &f.Range, src))
	if f.Resource != "" {
		loc.AddLogicalLocations(sarif.NewLogicalLocation().WithName(f.Resource).WithKind("resource"))
	}
	r.AddLocation(loc)
	// The module calls that created the resource, outermost first, each
	// where it is called.
	for i, c := range f.Via {
		rng := c.Range
		rel := sarif.NewLocationWithPhysicalLocation(physicalLocation(rng.File, &rng, src)).
			WithId(i + 1).
			WithMessage(sarif.NewTextMessage("called as " + c.Name))
		rel.AddLogicalLocations(sarif.NewLogicalLocation().WithName(c.Name).WithKind("module"))
		r.RelatedLocations = append(r.RelatedLocations, rel)
	}

	if v := f.ValueFrom; v != nil {
		rel := sarif.NewLocationWithPhysicalLocation(physicalLocation(v.File, v, src)).
			WithId(len(f.Via) + 1).
			WithMessage(sarif.NewTextMessage("the value is set here"))
		r.RelatedLocations = append(r.RelatedLocations, rel)
	}

	if f.Fingerprint != "" {
		r.WithPartialFingerPrints(map[string]any{FingerprintKey: f.Fingerprint})
	}
	if s := f.Suppression; s != nil {
		sup := sarif.NewSuppression(suppressionKind(s.Kind)).WithStatus("accepted")
		if s.Justification != "" {
			sup.WithJustifcation(s.Justification)
		}
		r.WithSuppression([]*sarif.Suppression{sup})
	}
	if f.Baseline != "" {
		r.WithBaselineState(f.Baseline)
	}
	props := sarif.Properties{"severity": f.Severity.String()}
	if f.Warning {
		props["warning"] = true
	}
	if f.Condition != "" {
		props["condition"] = f.Condition
	}
	r.Properties = props
	return r
}

// absentResult is a baseline entry no finding matches any more: SARIF's
// baselineState "absent", placed at its file without a region, since the
// line it was on is not recorded. Its kind is "pass" (level "none"): the
// problem is gone, and a viewer must not raise it as an open alert.
func absentResult(e model.BaselineEntry, ruleIndex map[string]int) *sarif.Result {
	r := sarif.NewRuleResult(e.RuleID).
		WithKind("pass").
		WithLevel("none").
		WithMessage(sarif.NewTextMessage(nonEmpty(e.Message, e.RuleID))).
		WithBaselineState(model.BaselineAbsent)
	if i, ok := ruleIndex[e.RuleID]; ok {
		r.WithRuleIndex(i)
	}
	loc := sarif.NewLocationWithPhysicalLocation(physicalLocation(e.File, nil, nil))
	if e.Resource != "" {
		loc.AddLogicalLocations(sarif.NewLogicalLocation().WithName(e.Resource).WithKind("resource"))
	}
	r.AddLocation(loc)
	r.WithPartialFingerPrints(map[string]any{FingerprintKey: e.Fingerprint})
	r.Properties = sarif.Properties{"severity": e.Severity.String()}
	return r
}

// level maps a severity to a SARIF level.
func level(s model.Severity) string {
	switch {
	case s >= model.SeverityHigh:
		return "error"
	case s == model.SeverityMedium:
		return "warning"
	default:
		return "note"
	}
}

// suppressionKind maps shipgate's suppression kinds to SARIF's two: a
// suppression written next to the code is "inSource", anything else (a
// config file, a baseline) is "external".
func suppressionKind(kind string) string {
	switch strings.ToLower(kind) {
	case "insource", "in-source", "inline", "comment":
		return "inSource"
	default:
		return "external"
	}
}

// physicalLocation points at path and, when r has a line, at r within it.
// An End that is unset or not after Start leaves the end column out, which
// SARIF reads as "to the end of the start line".
func physicalLocation(path string, r *model.Range, src *sourceCache) *sarif.PhysicalLocation {
	pl := sarif.NewPhysicalLocation().WithArtifactLocation(artifactLocation(path))
	if r == nil || r.Start.Line < 1 {
		return pl
	}
	f := src.get(path)
	region := sarif.NewRegion().WithStartLine(r.Start.Line)
	if r.Start.Col >= 1 {
		region.WithStartColumn(f.utf16Col(r.Start.Line, r.Start.Col))
	}
	endAfterStart := r.End.Line > r.Start.Line ||
		(r.End.Line == r.Start.Line && r.End.Col > r.Start.Col)
	if endAfterStart && r.End.Col >= 1 {
		region.WithEndLine(r.End.Line).WithEndColumn(f.utf16Col(r.End.Line, r.End.Col))
	} else {
		region.WithEndLine(r.Start.Line)
	}
	return pl.WithRegion(region)
}

// artifactLocation turns a slash-separated path into a URI: relative paths
// against %SRCROOT%, absolute ones as file URIs.
func artifactLocation(path string) *sarif.ArtifactLocation {
	p := strings.ReplaceAll(path, `\`, "/")
	if len(p) >= 3 && p[1] == ':' && p[2] == '/' && isASCIILetter(p[0]) {
		p = "/" + p // a Windows drive letter
	}
	if strings.HasPrefix(p, "/") {
		return sarif.NewArtifactLocation().WithUri((&url.URL{Scheme: "file", Path: p}).String())
	}
	// url.URL escapes spaces and the like, and guards a colon in the first
	// segment so that it is not read as a scheme.
	return sarif.NewArtifactLocation().WithUri((&url.URL{Path: p}).String()).WithUriBaseId(srcRoot)
}

// camelCase joins the words of s, each starting with a capital:
// "S3 bucket without server-side encryption" becomes
// "S3BucketWithoutServerSideEncryption".
func camelCase(s string) string {
	var b strings.Builder
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for _, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
		b.WriteString(w[size:])
	}
	return b.String()
}

// unique drops repeated strings, keeping the first of each; SARIF tags must
// be distinct.
func unique(s []string) []string {
	seen := make(map[string]bool, len(s))
	out := make([]string, 0, len(s))
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

func isASCIILetter(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }

func nonEmpty(s, fallback string) string {
	if s == "" {
		return fallback
	}
	return s
}

func ptr[T any](v T) *T { return &v }

// tidyJSON re-encodes a JSON document without the object members whose
// value is null, keeping member order, without HTML escaping, indented by
// two spaces and ending in a newline.
func tidyJSON(data []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var compact bytes.Buffer
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if err := copyJSON(dec, tok, &compact); err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := json.Indent(&out, compact.Bytes(), "", "  "); err != nil {
		return nil, err
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}

// copyJSON writes the value that starts with tok, reading the rest of it
// from dec.
func copyJSON(dec *json.Decoder, tok json.Token, out *bytes.Buffer) error {
	switch t := tok.(type) {
	case json.Delim:
		closing := byte(']')
		if t == '{' {
			closing = '}'
		}
		out.WriteByte(byte(t))
		first := true
		for dec.More() {
			var key json.Token
			if t == '{' {
				var err error
				if key, err = dec.Token(); err != nil {
					return err
				}
			}
			v, err := dec.Token()
			if err != nil {
				return err
			}
			if t == '{' && v == nil {
				continue
			}
			if !first {
				out.WriteByte(',')
			}
			first = false
			if t == '{' {
				if err := writeJSONString(out, key.(string)); err != nil {
					return err
				}
				out.WriteByte(':')
			}
			if err := copyJSON(dec, v, out); err != nil {
				return err
			}
		}
		if _, err := dec.Token(); err != nil {
			return err
		}
		out.WriteByte(closing)
	case string:
		return writeJSONString(out, t)
	case json.Number:
		out.WriteString(t.String())
	case bool:
		out.WriteString(strconv.FormatBool(t))
	case nil:
		out.WriteString("null")
	default:
		return fmt.Errorf("unexpected json token %v", tok)
	}
	return nil
}

func writeJSONString(out *bytes.Buffer, s string) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return err
	}
	out.Write(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
	return nil
}
