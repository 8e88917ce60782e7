package report

import (
	"bufio"
	"cmp"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/shipgate/shipgate/scanner/model"
)

// The page's parts: the template, its style sheet and its script, which
// are inlined so that the report is one file that opens offline.
var (
	//go:embed html/report.tmpl
	htmlTemplate string
	//go:embed html/report.css
	htmlStyle string
	//go:embed html/report.js
	htmlScript string
)

// htmlPage is parsed once, when the first report is written (not at every
// process start); html/template escapes every value by the context it
// lands in (text, attribute, URL).
var htmlPage = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("report").Funcs(template.FuncMap{"plural": plural}).Parse(htmlTemplate))
})

// htmlCSP is the page's Content-Security-Policy: nothing is loaded from
// anywhere, and only the report's own style sheet and script (by hash)
// apply, so that even markup slipped into the page could not run a script.
var htmlCSP = sync.OnceValue(func() string {
	return "default-src 'none'; base-uri 'none'; form-action 'none'; style-src '" + cspHash(htmlStyle) +
		"'; script-src '" + cspHash(htmlScript) + "'"
})

func cspHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

// htmlOpenSnippets is the number of findings up to which snippets are shown
// open; a larger report shows them collapsed, one click away.
const htmlOpenSnippets = 50

// htmlControlResources bounds the failing resources a control lists for
// each of its rules; the findings list has them all.
const htmlControlResources = 5

// htmlChartBars bounds the bars of the chart by service; the rest add up
// in an "other" bar.
const htmlChartBars = 12

// HTML writes one self-contained page for people who do not read CI logs:
// the counts by severity and by input kind, a chart of findings by
// severity and by service, the controls of each framework (scan
// --framework, or every framework the rules that ran map to when the CLI
// computed them for this report), every finding with its location, source
// snippet and state (suppressed and baselined ones marked), each rule's
// remediation once, and the files not scanned. A small inline script
// filters the findings by severity, state, kind, rule and file; without it
// the page shows everything. It is rendered with html/template, so that
// any text from a scanned file shows as written and cannot add markup, and
// a Content-Security-Policy lets only the report's own script run.
// Nothing in it depends on the time or the machine: the same result gives
// the same bytes.
func HTML(w io.Writer, res *model.Result, opts Options) error {
	bw := bufio.NewWriter(w)
	if err := htmlPage().Execute(bw, buildHTML(res, opts)); err != nil {
		return fmt.Errorf("write html report: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write html report: %w", err)
	}
	return nil
}

// htmlReport is what the template renders.
type htmlReport struct {
	Version    string
	CSP        string
	Style      template.CSS
	Script     template.JS
	FailOn     string
	AtOrAbove  int
	Incomplete bool
	// Bundle is the policy bundle the scan loaded, nil without one.
	Bundle     *htmlBundle
	Counts     htmlCounts
	Severities []htmlCountRow
	Kinds      []htmlCountRow
	SevChart   htmlChart
	SvcChart   htmlChart
	Frameworks []htmlFramework
	// Files holds the findings, grouped by file in the result's order.
	Files []htmlFile
	// OpenSnippets shows the snippets open (a small report).
	OpenSnippets bool
	// RuleIDs and KindNames fill the filters' lists.
	RuleIDs   []string
	KindNames []string
	Rules     []htmlRule
	Errors    []htmlError
	Notes     []htmlError
	// Absent lists the baseline entries no finding matched any more.
	Absent []htmlError
}

// htmlCounts are the headline numbers.
type htmlCounts struct {
	FilesScanned, FilesNotScanned, FilesPartlyScanned int
	Findings, Warnings, Suppressed, Baselined         int
	PolicyErrors, BadSuppressions, Total              int
}

// htmlCountRow is a row of the tables by severity and by kind: findings
// that count, advisories, baselined and suppressed ones.
type htmlCountRow struct {
	Name                                      string
	Files                                     int
	Findings, Warnings, Baselined, Suppressed int
}

// htmlChart is a bar chart drawn as inline SVG.
type htmlChart struct {
	Title  string
	Height int
	Bars   []htmlBar
}

type htmlBar struct {
	Label string
	Count int
	// Y is the bar's top, TextY its labels' baseline, Width its length
	// and CountX where its count starts, in pixels.
	Y, TextY, Width, CountX int
	// Class colours it (a severity name, or "svc").
	Class string
}

type htmlFramework struct {
	ID, Title              string
	Failed, Passed, NotApp int
	// Controls are the failed and passed controls, failed first;
	// NotApplicable those whose rules examined nothing.
	Controls      []htmlControl
	NotApplicable []htmlControl
}

type htmlControl struct {
	ID                         string
	Status                     string
	Passed, Failed, Suppressed int
	Rules                      []htmlControlRule
}

// htmlControlRule is a rule of a control: the resources it examined
// (ControlResult.ByRule) and, from the findings, the first of those it
// fails.
type htmlControlRule struct {
	ID, Title, Anchor          string
	Passed, Failed, Suppressed int
	// Counted is false when the summary has no counts by rule.
	Counted   bool
	Resources []htmlResource
	More      int
}

// htmlResource is a resource a rule fails: its address (empty for a
// rule that reads the document whole) and file, linked to its first
// finding.
type htmlResource struct {
	Name, File, Anchor string
}

// htmlFile is a run of findings in one file.
type htmlFile struct {
	Path, Kind string
	Findings   []htmlFinding
}

type htmlFinding struct {
	Anchor     string
	Severity   string
	Rule       string
	RuleAnchor string
	// Location is line:col; the file is its group's.
	Location string
	Message  string
	// State is "open", "warning", "baselined" or "suppressed".
	State   string
	Labels  []string
	Snippet string
}

type htmlRule struct {
	ID, Anchor, Title, Severity, Description string
	Remediation                              []htmlBlock
	Frameworks, Aliases                      []string
	Findings                                 int
}

// htmlBlock is a paragraph of a remediation, or a fenced code block.
type htmlBlock struct {
	Code bool
	Text string
}

// htmlBundle is the policy bundle a scan loaded, its texts escaped.
type htmlBundle struct {
	Path, Revision string
	Signed         bool
}

type htmlError struct {
	Location, Kind, Message string
}

func buildHTML(res *model.Result, opts Options) htmlReport {
	c := count(res, opts.FailOn)
	r := htmlReport{
		Version: opts.Version, CSP: htmlCSP(),
		Style: template.CSS(htmlStyle), Script: template.JS(htmlScript),
		AtOrAbove: c.atOrAbove, Incomplete: res.Incomplete(),
		Counts: htmlCounts{
			FilesScanned: c.filesScanned, FilesNotScanned: c.filesNotScanned, FilesPartlyScanned: c.filesPartlyScanned,
			Findings: c.findings, Warnings: c.warnings, Suppressed: c.suppressed, Baselined: c.baselined,
			PolicyErrors: c.policyErrors, BadSuppressions: c.badSuppressions, Total: len(res.Findings),
		},
		OpenSnippets: len(res.Findings) <= htmlOpenSnippets,
	}
	if opts.FailOn != model.SeverityNone {
		r.FailOn = opts.FailOn.String()
	}
	if bl := res.Bundle; bl != nil {
		r.Bundle = &htmlBundle{Path: Escape(bl.Path), Revision: Escape(bl.Revision), Signed: bl.Signed}
	}

	rules := map[string]model.Rule{}
	for _, rule := range res.Rules {
		rules[rule.ID] = rule
	}
	// The kind of each scanned file (a module's files take its kind).
	kindOf := map[string]model.Kind{}
	filesOf := map[model.Kind]map[string]bool{}
	for _, s := range res.Scanned {
		files := s.Files
		if len(files) == 0 {
			files = []string{s.Path}
		}
		if filesOf[s.Kind] == nil {
			filesOf[s.Kind] = map[string]bool{}
		}
		for _, f := range files {
			kindOf[f] = s.Kind
			filesOf[s.Kind][f] = true
		}
	}

	// Rules with findings get an entry with their remediation, in id
	// order; findings link to it.
	perRule := map[string]int{}
	for _, f := range res.Findings {
		perRule[f.RuleID]++
	}
	ruleIDs := make([]string, 0, len(perRule))
	for id := range perRule {
		ruleIDs = append(ruleIDs, id)
	}
	slices.Sort(ruleIDs)
	anchorOf := map[string]string{}
	for i, id := range ruleIDs {
		anchor := "r" + strconv.Itoa(i+1)
		anchorOf[id] = anchor
		rule, ok := rules[id]
		hr := htmlRule{ID: id, Anchor: anchor, Findings: perRule[id]}
		if ok {
			hr.Title, hr.Severity, hr.Description = rule.Title, rule.Severity.String(), rule.Description
			hr.Remediation = remediationBlocks(rule.Remediation)
			hr.Frameworks, hr.Aliases = rule.Frameworks, rule.Aliases
		}
		r.Rules = append(r.Rules, hr)
	}
	r.RuleIDs = ruleIDs

	src := newSourceCache(res)
	severities := map[string]*htmlCountRow{}
	for s := model.SeverityCritical; s >= model.SeverityInfo; s-- {
		r.Severities = append(r.Severities, htmlCountRow{Name: s.String()})
	}
	for i := range r.Severities {
		severities[r.Severities[i].Name] = &r.Severities[i]
	}
	var kindRows []htmlCountRow
	for _, k := range model.Kinds {
		if len(filesOf[k]) > 0 {
			kindRows = append(kindRows, htmlCountRow{Name: string(k), Files: len(filesOf[k])})
		}
	}
	service := map[string]int{}
	sevCount := map[string]int{}
	for i, f := range res.Findings {
		if n := len(r.Files); n == 0 || r.Files[n-1].Path != Escape(f.Range.File) {
			kind := string(kindOf[f.Range.File])
			if kind == "" {
				kind = "other"
			}
			r.Files = append(r.Files, htmlFile{Path: Escape(f.Range.File), Kind: kind})
		}
		file := &r.Files[len(r.Files)-1]
		hf := htmlFinding{
			Anchor: "f" + strconv.Itoa(i+1), Severity: f.Severity.String(),
			Rule: f.RuleID, RuleAnchor: anchorOf[f.RuleID],
			Location: lineCol(f.Range), Message: Escape(f.Message), State: "open",
			Labels:  findingLabels(f),
			Snippet: snippet(src.get(f.Range.File), f.Range, func(s string) string { return s }),
		}
		switch {
		case f.Suppression != nil:
			hf.State = "suppressed"
		case f.Baseline == model.BaselineUnchanged:
			hf.State = "baselined"
		case f.Warning:
			hf.State = "warning"
		default:
			service[serviceOf(f.RuleID)]++
			sevCount[hf.Severity]++
		}
		file.Findings = append(file.Findings, hf)
		for _, row := range []*htmlCountRow{severities[hf.Severity], kindRow(&kindRows, file.Kind)} {
			if row == nil {
				continue
			}
			switch hf.State {
			case "suppressed":
				row.Suppressed++
			case "baselined":
				row.Baselined++
			case "warning":
				row.Warnings++
			default:
				row.Findings++
			}
		}
	}
	r.Kinds = kindRows
	for _, row := range kindRows {
		if row.Findings+row.Warnings+row.Baselined+row.Suppressed > 0 {
			r.KindNames = append(r.KindNames, row.Name)
		}
	}

	var sevBars []htmlBar
	for _, row := range r.Severities {
		sevBars = append(sevBars, htmlBar{Label: row.Name, Count: sevCount[row.Name], Class: row.Name})
	}
	r.SevChart = chart("Findings by severity", sevBars)
	r.SvcChart = chart("Findings by service", serviceBars(service))

	r.Frameworks = htmlFrameworks(res, rules, anchorOf)
	for _, e := range res.Errors {
		r.Errors = append(r.Errors, htmlError{Location: location(e.Path, e.Range), Kind: string(e.Kind), Message: Escape(e.Message)})
	}
	for _, a := range res.Absent {
		what := a.RuleID
		if a.Resource != "" {
			what += " " + a.Resource
		}
		r.Absent = append(r.Absent, htmlError{Location: Escape(a.File), Kind: Escape(what), Message: Escape(a.Message)})
	}
	for _, n := range res.Notes {
		loc := ""
		if n.Range.File != "" {
			loc = location(n.Range.File, &n.Range)
		}
		r.Notes = append(r.Notes, htmlError{Location: loc, Message: Escape(n.Message)})
	}
	return r
}

// kindRow returns the row of kind name, adding it (a finding in a file
// no scanned document lists) when missing.
func kindRow(list *[]htmlCountRow, name string) *htmlCountRow {
	for i := range *list {
		if (*list)[i].Name == name {
			return &(*list)[i]
		}
	}
	*list = append(*list, htmlCountRow{Name: name})
	return &(*list)[len(*list)-1]
}

// lineCol is "line:col" of r's start, "line" without a column, "" without
// a line.
func lineCol(r model.Range) string {
	switch {
	case r.Start.Line < 1:
		return ""
	case r.Start.Col < 1:
		return strconv.Itoa(r.Start.Line)
	}
	return strconv.Itoa(r.Start.Line) + ":" + strconv.Itoa(r.Start.Col)
}

// findingLabels says what the text report says after a finding's message:
// why it does not count, and the conditions it holds under.
func findingLabels(f model.Finding) []string {
	var out []string
	if f.Warning {
		out = append(out, "warning")
	}
	if f.Baseline == model.BaselineUnchanged {
		out = append(out, "baselined")
	}
	if s := f.Suppression; s != nil {
		label := "suppressed (" + s.Kind
		if s.Justification != "" {
			label += ": " + s.Justification
		}
		out = append(out, Escape(label+")"))
	}
	switch f.Gate {
	case model.GateSoft:
		out = append(out, "soft-fail")
	case model.GateHard:
		out = append(out, "hard-fail")
	}
	if f.Condition != "" {
		out = append(out, Escape(fmt.Sprintf("if condition %q", f.Condition)))
	}
	if len(f.Via) > 0 {
		names := make([]string, len(f.Via))
		for i, c := range f.Via {
			names[i] = c.Name
		}
		out = append(out, Escape("via "+strings.Join(names, " → ")))
	}
	if v := f.ValueFrom; v != nil {
		out = append(out, Escape(fmt.Sprintf("value set at %s:%d", v.File, v.Start.Line)))
	}
	return out
}

// serviceOf is the service a rule checks, by its id without the number:
// AWS-S3-001 is AWS-S3, DOCKER-005 is DOCKER.
func serviceOf(id string) string {
	if i := strings.LastIndexByte(id, '-'); i > 0 {
		return id[:i]
	}
	return id
}

// serviceBars lists the services by count, then name, the smallest beyond
// htmlChartBars summed up as "other".
func serviceBars(service map[string]int) []htmlBar {
	bars := make([]htmlBar, 0, len(service))
	for name, n := range service {
		bars = append(bars, htmlBar{Label: name, Count: n, Class: "svc"})
	}
	slices.SortFunc(bars, func(a, b htmlBar) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Label, b.Label))
	})
	if len(bars) > htmlChartBars {
		other := htmlBar{Label: "other (" + strconv.Itoa(len(bars)-htmlChartBars+1) + ")", Class: "svc"}
		for _, b := range bars[htmlChartBars-1:] {
			other.Count += b.Count
		}
		bars = append(bars[:htmlChartBars-1], other)
	}
	return bars
}

// Chart geometry in pixels: a row per bar, labels right-aligned before
// chartBarX, bars up to chartWidth long.
const (
	chartRow   = 22
	chartBarX  = 150
	chartWidth = 200
)

func chart(title string, bars []htmlBar) htmlChart {
	top := 0
	for _, b := range bars {
		top = max(top, b.Count)
	}
	for i := range bars {
		bars[i].Y = i * chartRow
		bars[i].TextY = i*chartRow + 15
		if top > 0 && bars[i].Count > 0 {
			bars[i].Width = max(1, bars[i].Count*chartWidth/top)
		}
		bars[i].CountX = chartBarX + bars[i].Width + 4
	}
	return htmlChart{Title: title, Height: max(1, len(bars)) * chartRow, Bars: bars}
}

// htmlFrameworks groups the per-control summary by framework, and adds to
// each rule of a control the resources its findings fail.
func htmlFrameworks(res *model.Result, rules map[string]model.Rule, anchorOf map[string]string) []htmlFramework {
	if len(res.Compliance) == 0 {
		return nil
	}
	// The failing resources of each rule, as compliance counts them:
	// findings not suppressed and not warnings, one per file and resource.
	type failing struct {
		list []htmlResource
		seen map[string]bool
	}
	byRule := map[string]*failing{}
	for i, f := range res.Findings {
		if f.Suppression != nil || f.Warning {
			continue
		}
		fr := byRule[f.RuleID]
		if fr == nil {
			fr = &failing{seen: map[string]bool{}}
			byRule[f.RuleID] = fr
		}
		key := f.Range.File + "\x00" + f.Resource
		if fr.seen[key] {
			continue
		}
		fr.seen[key] = true
		fr.list = append(fr.list, htmlResource{Name: Escape(f.Resource), File: Escape(f.Range.File), Anchor: "f" + strconv.Itoa(i+1)})
	}
	var out []htmlFramework
	for _, cr := range res.Compliance {
		if len(out) == 0 || out[len(out)-1].ID != cr.Framework {
			out = append(out, htmlFramework{ID: cr.Framework, Title: cr.Title})
		}
		fw := &out[len(out)-1]
		switch cr.Status {
		case model.ControlFailed:
			fw.Failed++
		case model.ControlPassed:
			fw.Passed++
		default:
			fw.NotApp++
		}
		hc := htmlControl{ID: cr.ID, Status: cr.Status, Passed: cr.Passed, Failed: cr.Failed, Suppressed: cr.Suppressed}
		for i, id := range cr.Rules {
			rule := htmlControlRule{ID: id, Title: rules[id].Title, Anchor: anchorOf[id]}
			if fr := byRule[id]; fr != nil {
				rule.Failed = len(fr.list)
				rule.Resources = fr.list[:min(len(fr.list), htmlControlResources)]
				rule.More = len(fr.list) - len(rule.Resources)
			}
			if i < len(cr.ByRule) && cr.ByRule[i].ID == id {
				rc := cr.ByRule[i]
				rule.Counted, rule.Passed, rule.Failed, rule.Suppressed = true, rc.Passed, rc.Failed, rc.Suppressed
			}
			hc.Rules = append(hc.Rules, rule)
		}
		if cr.Status == model.ControlFailed || cr.Status == model.ControlPassed {
			fw.Controls = append(fw.Controls, hc)
		} else {
			fw.NotApplicable = append(fw.NotApplicable, hc)
		}
	}
	// Failed controls first, as the text summary lists them; the order of
	// the summary within each status.
	for i := range out {
		slices.SortStableFunc(out[i].Controls, func(a, b htmlControl) int {
			return cmp.Compare(statusRank(a.Status), statusRank(b.Status))
		})
	}
	return out
}

func statusRank(status string) int {
	if status == model.ControlFailed {
		return 0
	}
	return 1
}

// remediationBlocks splits a rule's remediation, written in Markdown,
// into paragraphs and fenced code blocks, each shown as plain text.
func remediationBlocks(s string) []htmlBlock {
	var out []htmlBlock
	var cur []string
	code := false
	flush := func() {
		text := strings.Join(cur, "\n")
		if !code {
			text = strings.TrimSpace(text)
		}
		if text != "" {
			out = append(out, htmlBlock{Code: code, Text: text})
		}
		cur = cur[:0]
	}
	for _, line := range strings.Split(s, "\n") {
		switch {
		case strings.HasPrefix(strings.TrimSpace(line), "```"):
			flush()
			code = !code
		case !code && strings.TrimSpace(line) == "":
			flush()
		default:
			cur = append(cur, line)
		}
	}
	flush()
	return out
}
