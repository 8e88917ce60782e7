package scanner

import (
	"bytes"
	"cmp"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/shipgate/shipgate/scanner/model"
)

// An ignore is one suppression written in a scanned file: shipgate's own
// "shipgate:ignore" comment or Metadata entry, or, with
// --honor-foreign-ignores, another tool's comment. See
// docs/suppressions.md.
type ignore struct {
	// tool is "shipgate" or the other tool's name.
	tool string
	// ids are the rule ids (shipgate) or the other tool's ids; "*" is
	// every rule. all is set for a tool whose comment names no rule
	// (kics-scan).
	ids []string
	all bool
	// reason is the justification; expires the day after which the
	// suppression no longer holds (zero for never).
	reason  string
	expires time.Time
	// rng is where the suppression is written; line is the line it
	// applies to; scope says which findings of that line it covers.
	rng   model.Range
	line  int
	scope scope
	// resource is the address a Metadata suppression is written on.
	resource string
}

// scope says which findings a suppression covers.
type scope int

const (
	// scopeTarget covers a finding on its line, and every finding inside
	// a block (resource, attribute, instruction, step, module call) that
	// starts on its line: findings about missing attributes sit on the
	// enclosing block.
	scopeTarget scope = iota
	// scopeLine covers findings that start on its line only.
	scopeLine
	// scopeEnclosing covers the findings of the resource whose block
	// holds the comment (checkov:skip inside a resource).
	scopeEnclosing
	// scopeSpan covers findings whose range holds its line (zizmor).
	scopeSpan
	// scopeResource covers the findings of one resource (Metadata).
	scopeResource
)

// key identifies a suppression across the units that read its file.
func (ig *ignore) key() string {
	return fmt.Sprintf("%s:%d:%d", ig.rng.File, ig.rng.Start.Line, ig.rng.Start.Col)
}

// native reports whether the suppression is shipgate's own, whose
// misuse (matching nothing) is worth a note.
func (ig *ignore) native() bool { return ig.tool == "shipgate" }

// expired reports whether the suppression's expiry date has passed.
func (ig *ignore) expired(now time.Time) bool {
	return !ig.expires.IsZero() && now.After(ig.expires.AddDate(0, 0, 1))
}

// names reports whether the suppression names rule (by id for shipgate,
// by an alias for other tools).
func (ig *ignore) names(rule model.Rule) bool {
	if ig.all {
		return true
	}
	for _, id := range ig.ids {
		if ig.native() {
			if id == "*" || strings.EqualFold(id, rule.ID) {
				return true
			}
			continue
		}
		want := id
		if ig.tool == "zizmor" {
			want = "zizmor/" + id
		}
		if slices.ContainsFunc(rule.Aliases, func(a string) bool { return strings.EqualFold(a, want) }) {
			return true
		}
	}
	return false
}

// covers reports whether the suppression covers finding f of doc.
func (ig *ignore) covers(f *model.Finding, doc *model.Document) bool {
	if ig.scope == scopeResource {
		return f.Resource != "" && f.Resource == ig.resource
	}
	if ig.scope == scopeTarget {
		// A module call on the line: the findings of that module
		// instance, wherever the module's files are.
		for _, c := range f.Via {
			if c.Range.File == ig.rng.File && c.Range.Start.Line == ig.line {
				return true
			}
		}
	}
	if f.Range.File != ig.rng.File {
		return false
	}
	switch ig.scope {
	case scopeLine:
		return f.Range.Start.Line == ig.line
	case scopeSpan:
		return f.Range.Start.Line <= ig.line && ig.line <= max(f.Range.End.Line, f.Range.Start.Line)
	case scopeEnclosing:
		r, ok := doc.Source[doc.Resources[f.Resource]]
		return f.Resource != "" && ok && r.File == ig.rng.File && r.Start.Line <= ig.line && ig.line <= r.End.Line
	}
	if f.Range.Start.Line == ig.line {
		return true
	}
	// A block that starts on the line and holds the finding: an ancestor
	// of its attribute (never the document's root, which would make a
	// comment above the first line cover the whole file).
	for p := f.Attribute; p != ""; {
		if r, ok := doc.Source[p]; ok && r.File == ig.rng.File && r.Start.Line == ig.line {
			return true
		}
		i := strings.LastIndexByte(p, '/')
		if i < 0 {
			break
		}
		p = p[:i]
	}
	if r, ok := doc.Source[doc.Resources[f.Resource]]; ok && f.Resource != "" && r.File == ig.rng.File && r.Start.Line == ig.line {
		return true
	}
	return false
}

// ignoreMarkers are the texts a file must hold for its comments to be
// read at all, so files without suppressions cost one search.
var ignoreMarkers = [][]byte{[]byte("shipgate:ignore"), []byte("checkov:skip="), []byte("trivy:ignore:"), []byte("kics-scan"), []byte("hadolint ignore="), []byte("zizmor: ignore[")}

var (
	// shipgateRe reads "shipgate:ignore ID[,ID] [exp:YYYY-MM-DD] reason".
	shipgateRe = regexp.MustCompile(`^shipgate:ignore(?:\s+(.*))?$`)
	idListRe   = regexp.MustCompile(`^(\*|[A-Za-z0-9_-]+)(\s*,\s*(\*|[A-Za-z0-9_-]+))*$`)
	checkovRe  = regexp.MustCompile(`^checkov:skip=([A-Za-z0-9_]+)(?::\s*(.*))?$`)
	trivyRe    = regexp.MustCompile(`^trivy:ignore:([A-Za-z0-9_-]+)(?::exp:(\d{4}-\d{2}-\d{2}))?`)
	kicsRe     = regexp.MustCompile(`^kics-scan\s+(ignore-line|ignore-block)\b`)
	hadolintRe = regexp.MustCompile(`^hadolint\s+ignore=([A-Za-z0-9,]+)`)
	zizmorRe   = regexp.MustCompile(`^zizmor:\s*ignore\[([a-z0-9,-]+)\]`)
)

// readIgnores reads the suppressions written in the comments of a file.
// A malformed shipgate suppression is an error at its line; other tools'
// comments are read only when foreign is set.
func readIgnores(file string, src []byte, foreign bool) (igs []*ignore, errs []model.FileError) {
	if !slices.ContainsFunc(ignoreMarkers, func(m []byte) bool { return bytes.Contains(src, m) }) {
		return nil, nil
	}
	lines := bytes.Split(src, []byte("\n"))
	for i, raw := range lines {
		line := strings.TrimSuffix(string(raw), "\r")
		at, text, ok := comment(line)
		if !ok {
			continue
		}
		rng := model.Range{File: file, Start: model.Pos{Line: i + 1, Col: at + 1}, End: model.Pos{Line: i + 1, Col: len(line) + 1}}
		target := i + 1
		if strings.TrimSpace(line[:at]) == "" {
			target = nextCodeLine(lines, i)
		}
		ig, err := parseIgnore(text, foreign)
		if err != "" {
			errs = append(errs, model.FileError{Path: file, Range: &rng, Kind: model.ErrSuppression, Message: "malformed suppression: " + err})
			continue
		}
		if ig == nil {
			continue
		}
		ig.rng, ig.line = rng, target
		if ig.scope == scopeEnclosing || ig.scope == scopeSpan {
			ig.line = i + 1
		}
		igs = append(igs, ig)
	}
	return igs, errs
}

// comment finds a comment holding a suppression in line: "#" or "//" at
// the start or after a blank, followed by one of the markers. It returns
// the comment's offset and its text after the comment sign.
func comment(line string) (at int, text string, ok bool) {
	for i := 0; i < len(line); i++ {
		var sign int
		switch {
		case line[i] == '#':
			sign = 1
		case line[i] == '/' && i+1 < len(line) && line[i+1] == '/':
			sign = 2
		default:
			continue
		}
		if i > 0 && line[i-1] != ' ' && line[i-1] != '\t' {
			continue
		}
		t := strings.TrimSpace(line[i+sign:])
		for _, m := range ignoreMarkers {
			if strings.HasPrefix(t, string(m)) {
				return i, t, true
			}
		}
		i += sign - 1
	}
	return 0, "", false
}

// nextCodeLine is the 1-based number of the first line after index i that
// is neither blank nor only a comment; a run of comments above a line all
// apply to it.
func nextCodeLine(lines [][]byte, i int) int {
	for j := i + 1; j < len(lines); j++ {
		t := strings.TrimSpace(string(lines[j]))
		if t == "" || strings.HasPrefix(t, "#") || strings.HasPrefix(t, "//") {
			continue
		}
		return j + 1
	}
	return i + 2
}

// parseIgnore reads one comment's text. It returns nil for another tool's
// comment when foreign is off, and a message for a malformed shipgate
// suppression.
func parseIgnore(text string, foreign bool) (*ignore, string) {
	if m := shipgateRe.FindStringSubmatch(text); m != nil {
		return parseShipgate(m[1])
	}
	if strings.HasPrefix(text, "shipgate:ignore") {
		return nil, fmt.Sprintf("%q: write shipgate:ignore RULE-ID[,RULE-ID] [exp:YYYY-MM-DD] reason", text)
	}
	if !foreign {
		return nil, ""
	}
	switch {
	case checkovRe.MatchString(text):
		m := checkovRe.FindStringSubmatch(text)
		return &ignore{tool: "checkov", ids: []string{m[1]}, reason: strings.TrimSpace(m[2]), scope: scopeEnclosing}, ""
	case trivyRe.MatchString(text):
		m := trivyRe.FindStringSubmatch(text)
		ig := &ignore{tool: "trivy", ids: []string{m[1]}}
		if m[2] != "" {
			d, err := time.Parse(time.DateOnly, m[2])
			if err != nil {
				return nil, ""
			}
			ig.expires = d
		}
		return ig, ""
	case kicsRe.MatchString(text):
		ig := &ignore{tool: "kics", all: true}
		if kicsRe.FindStringSubmatch(text)[1] == "ignore-line" {
			ig.scope = scopeLine
		}
		return ig, ""
	case hadolintRe.MatchString(text):
		return &ignore{tool: "hadolint", ids: strings.Split(hadolintRe.FindStringSubmatch(text)[1], ",")}, ""
	case zizmorRe.MatchString(text):
		return &ignore{tool: "zizmor", ids: strings.Split(zizmorRe.FindStringSubmatch(text)[1], ","), scope: scopeSpan}, ""
	}
	return nil, ""
}

// parseShipgate reads what follows "shipgate:ignore": rule ids, an
// optional expiry, and the reason.
func parseShipgate(rest string) (*ignore, string) {
	fields := strings.Fields(rest)
	if len(fields) == 0 {
		return nil, "no rule id: write shipgate:ignore RULE-ID[,RULE-ID] [exp:YYYY-MM-DD] reason"
	}
	// Ids may be written "A, B": join the fields that continue a list.
	ids := fields[0]
	n := 1
	for n < len(fields) && (strings.HasSuffix(ids, ",") || strings.HasPrefix(fields[n], ",")) {
		ids += fields[n]
		n++
	}
	if !idListRe.MatchString(ids) {
		return nil, fmt.Sprintf("%q is not a list of rule ids", ids)
	}
	ig := &ignore{tool: "shipgate"}
	for _, id := range strings.Split(ids, ",") {
		ig.ids = append(ig.ids, strings.TrimSpace(id))
	}
	if n < len(fields) && strings.HasPrefix(fields[n], "exp:") {
		d, err := time.Parse(time.DateOnly, strings.TrimPrefix(fields[n], "exp:"))
		if err != nil {
			return nil, fmt.Sprintf("expiry %q is not a date (exp:YYYY-MM-DD)", fields[n])
		}
		ig.expires = d
		n++
	}
	ig.reason = strings.Join(fields[n:], " ")
	if slices.Contains(ig.ids, "*") && ig.reason == "" {
		return nil, "a wildcard suppression needs a reason"
	}
	return ig, ""
}

// metadataIgnores turns the suppressions a reader found in resource
// Metadata (shipgate's own, in JSON templates) into ignores, and reports
// the malformed ones.
func metadataIgnores(doc *model.Document) (igs []*ignore, errs []model.FileError) {
	for _, fi := range doc.ForeignIgnores {
		if fi.Tool != "shipgate" {
			continue
		}
		r := fi.Range
		fail := func(msg string) {
			errs = append(errs, model.FileError{Path: cmp.Or(r.File, doc.Path), Range: &r, Kind: model.ErrSuppression, Message: "malformed suppression: " + msg})
		}
		ig := &ignore{tool: "shipgate", ids: []string{fi.ID}, reason: fi.Reason, rng: fi.Range, scope: scopeResource, resource: fi.Resource}
		if !idListRe.MatchString(fi.ID) || strings.Contains(fi.ID, ",") {
			fail(fmt.Sprintf("Metadata.shipgate.ignore of %q needs an id naming one rule", fi.Resource))
			continue
		}
		if fi.ID == "*" && fi.Reason == "" {
			fail("a wildcard suppression needs a reason")
			continue
		}
		if fi.Expires != "" {
			d, err := time.Parse(time.DateOnly, fi.Expires)
			if err != nil {
				fail(fmt.Sprintf("expires %q is not a date (YYYY-MM-DD)", fi.Expires))
				continue
			}
			ig.expires = d
		}
		igs = append(igs, ig)
	}
	return igs, errs
}

// ignoreUse is what the units of a scan saw of one suppression: it is
// reported once, after all units, as expired or as matching nothing.
type ignoreUse struct {
	ig      *ignore
	matched bool
}

// suppress applies the suppressions of a unit's files and documents to
// its findings, and records their use in uses.
func (s *Scanner) suppress(ur *unitResult, u model.Unit, docs []*model.Document, byDoc [][]int) {
	var igs []*ignore
	for _, f := range u.Files {
		fi, errs := readIgnores(f.Path, f.Src, s.opts.HonorForeignIgnores)
		igs = append(igs, fi...)
		ur.errs = append(ur.errs, errs...)
	}
	for _, doc := range docs {
		mi, errs := metadataIgnores(doc)
		igs = append(igs, mi...)
		ur.errs = append(ur.errs, errs...)
	}
	if len(igs) == 0 {
		return
	}
	now := s.now()
	if ur.ignores == nil {
		ur.ignores = map[string]*ignoreUse{}
	}
	for _, ig := range igs {
		if ur.ignores[ig.key()] == nil {
			ur.ignores[ig.key()] = &ignoreUse{ig: ig}
		}
	}
	for d, doc := range docs {
		for _, i := range byDoc[d] {
			f := &ur.findings[i]
			if f.Suppression != nil {
				continue
			}
			rule, _ := s.engine.Rule(f.RuleID)
			for _, ig := range igs {
				if !ig.names(rule) || !ig.covers(f, doc) {
					continue
				}
				use := ur.ignores[ig.key()]
				use.matched = true
				if ig.expired(now) {
					continue
				}
				f.Suppression = &model.Suppression{Kind: "inSource", Justification: justification(ig)}
				if !ig.native() {
					f.Suppression.Kind = "external"
				}
				break
			}
		}
	}
}

// justification is the text a suppression gives for a finding.
func justification(ig *ignore) string {
	if ig.reason != "" {
		return ig.reason
	}
	if ig.native() {
		return "suppressed by shipgate:ignore at line " + fmt.Sprint(ig.rng.Start.Line)
	}
	return fmt.Sprintf("suppressed by a %s comment at line %d", ig.tool, ig.rng.Start.Line)
}

// ignoreNotes reports, once per suppression across the scan, those that
// have expired and the shipgate suppressions that matched no finding.
func ignoreNotes(uses map[string]*ignoreUse, now time.Time, rules func(string) bool) []model.Note {
	var notes []model.Note
	for _, k := range slices.Sorted(maps.Keys(uses)) {
		u := uses[k]
		ig := u.ig
		switch {
		case ig.expired(now):
			notes = append(notes, model.Note{Range: ig.rng, Message: fmt.Sprintf("suppression of %s expired on %s; its findings count again", strings.Join(ig.ids, ", "), ig.expires.Format(time.DateOnly))})
		case ig.native() && !u.matched:
			msg := fmt.Sprintf("suppression of %s matches no finding; remove it", strings.Join(ig.ids, ", "))
			for _, id := range ig.ids {
				if id != "*" && !rules(id) {
					msg = fmt.Sprintf("suppression names %q, which is not a loaded rule", id)
					break
				}
			}
			notes = append(notes, model.Note{Range: ig.rng, Message: msg})
		}
	}
	return notes
}
