package scanner

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"path"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/shipgate/shipgate/parsers"
	"github.com/shipgate/shipgate/policies"
	"github.com/shipgate/shipgate/scanner/engine"
	"github.com/shipgate/shipgate/scanner/model"
)

// Options configures a Scanner.
type Options struct {
	// Exclude holds glob patterns ("**" matches across directories) for
	// paths to leave out of directory walks.
	Exclude []string
	// Inputs configures the readers of the input kinds (CloudFormation
	// parameters, ...).
	Inputs parsers.Options
	// Readers replaces the registry's readers (parsers.Readers); tests use
	// it to plug in a kind of their own.
	Readers []model.Reader
	// Policies are extra Rego files or directories loaded beside the
	// built-in policies.
	Policies []string
	// Bundle is a policy bundle (engine.ReadBundle) loaded beside the
	// built-in policies, like Policies; reports record its revision.
	Bundle *engine.Bundle
	// NoBuiltin leaves the built-in policies out.
	NoBuiltin bool
	// Enable lists the opt-in rules to evaluate (--enable).
	Enable []string
	// Timeout limits policy evaluation per document (0: engine default).
	Timeout time.Duration
	// MaxFileSize is the largest file read, in bytes (0:
	// DefaultMaxFileSize). A larger file is a "limit" error.
	MaxFileSize int64
	// HonorForeignIgnores lets suppressions written for other tools
	// (model.Document.ForeignIgnores: cfn_nag and cfn-guard Metadata)
	// suppress the rules whose aliases list their id.
	HonorForeignIgnores bool
	// CompileAll compiles every policy in New. Otherwise the built-in
	// policies of a view are compiled when the scan first evaluates a
	// document of that view (the user's Policies are always compiled in
	// New, so that their errors are New's).
	CompileAll bool
	// Debug, when set, receives per-phase timings.
	Debug io.Writer
	// Now is the clock suppression expiry dates are read against
	// (time.Now when nil).
	Now func() time.Time
	// Only, when set, keeps only the files found whose real path (links
	// resolved) it accepts; Content, when set, supplies a file's content
	// (ok false: read it from disk). A changed-files scan uses them
	// (changed.go).
	Only    func(real string) bool
	Content func(real string) ([]byte, bool, error)
	// Config holds what a config file adds (config.go).
	Config Config
	// Compliance lists frameworks (ids, or prefixes as Config.Frameworks
	// takes them) to summarise per control in Result.Compliance
	// (compliance.go); none leaves it empty.
	Compliance []string
}

// Scanner discovers, parses and evaluates files. It is safe to reuse for
// several scans; policies are compiled once in New.
type Scanner struct {
	opts    Options
	engine  *engine.Engine
	readers []model.Reader
}

// New compiles the policies. A policy that fails to load is an error.
func New(ctx context.Context, opts Options) (*Scanner, error) {
	if err := opts.validate(); err != nil {
		return nil, err
	}
	start := time.Now()
	eo := engine.Options{Builtin: policies.FS, Index: &policies.Index, Extra: opts.Policies, Bundle: opts.Bundle, Timeout: opts.Timeout, Enable: opts.Enable,
		Disable: opts.Config.Disable, Frameworks: opts.Config.Frameworks, Check: opts.Config.CheckRules, Lazy: !opts.CompileAll}
	if opts.CompileAll || len(opts.Policies) > 0 || opts.Bundle != nil {
		// Only a type check reads the view schemas, and a lazy engine
		// type-checks the user's policies alone.
		eo.Schemas = parsers.Schemas()
	}
	if opts.NoBuiltin {
		// The helper library is part of the policy API (lib.result,
		// lib.is_false, ...): user policies need it without the built-ins.
		lib, err := fs.Sub(policies.FS, "lib")
		if err != nil {
			return nil, fmt.Errorf("load policy library: %w", err)
		}
		eo.Builtin, eo.Index = lib, nil
	}
	eng, err := engine.New(ctx, eo)
	if err != nil {
		return nil, err
	}
	if opts.Debug != nil {
		fmt.Fprintf(opts.Debug, "debug: load policies: %d rules in %s\n", len(eng.Rules()), time.Since(start).Round(time.Microsecond))
	}
	readers := opts.Readers
	if readers == nil {
		readers = parsers.Readers(opts.Inputs)
	}
	return &Scanner{opts: opts, engine: eng, readers: readers}, nil
}

// Rules returns the metadata of every loaded policy, sorted by id.
func (s *Scanner) Rules() []model.Rule { return s.engine.Rules() }

// unitResult is what one worker produced for one candidate or unit;
// workers write into a pre-sized slice by index, so the hot path takes no
// locks.
type unitResult struct {
	// scanned lists the documents parsed and evaluated. The documents
	// themselves are not kept: their trees are garbage once evaluated.
	scanned  []model.ScannedFile
	notes    []model.Note
	findings []model.Finding
	errs     []model.FileError
	// sources holds the content of the files findings sit in.
	sources map[string][]byte
	// deferred is set for a file claimed by a reader whose units are
	// directories: it is parsed with its directory once all are read.
	deferred *claimed
	// ignores are the suppressions written in the unit's files, by
	// position, and whether they matched a finding.
	ignores map[string]*ignoreUse
	// examined records the documents for the per-control summary, when
	// Options.Compliance asks for one.
	examined []examined
}

// claimed is a file with the reader that claimed it.
type claimed struct {
	reader int
	file   model.File
	c      candidate
}

// phase accumulates time spent in one phase across workers.
type phase struct{ ns atomic.Int64 }

func (p *phase) since(t time.Time) { p.ns.Add(int64(time.Since(t))) }
func (p *phase) String() string    { return time.Duration(p.ns.Load()).Round(time.Microsecond).String() }

// timings are the phases a scan reports with --debug.
type timings struct{ read, parse, eval phase }

// Scan scans the given paths (files or directories). Problems with the
// scanned files are in the Result; the error is for the scan itself
// failing (a cancelled context).
func (s *Scanner) Scan(ctx context.Context, paths []string) (*model.Result, error) {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	start := time.Now()
	cands, errs := discover(paths, s.opts.Exclude, s.matches)
	cands = s.only(cands)
	discoverTime := time.Since(start)

	var tm timings
	// Files first: each is read, claimed and, when its reader takes single
	// files, parsed and evaluated at once. Files of directory readers wait
	// for the rest of their directory.
	results := make([]unitResult, len(cands))
	err := s.parallel(ctx, len(cands), func(ctx context.Context, i int) {
		defer func() {
			// A bug met on one file must not end the scan and lose every
			// other file's results.
			if v := recover(); v != nil {
				results[i] = unitResult{errs: []model.FileError{internalError(cands[i].path, v)}}
			}
		}()
		results[i] = s.scanCandidate(ctx, cands[i], &tm)
	})
	if err != nil {
		return nil, err
	}
	units := s.planUnits(dirUnits(results))
	unitResults := make([]unitResult, len(units))
	err = s.parallel(ctx, len(units), func(ctx context.Context, i int) {
		u := units[i]
		defer func() {
			if v := recover(); v != nil {
				unitResults[i] = unitResult{errs: []model.FileError{internalError(u.unit.Path, v)}}
			}
		}()
		unitResults[i] = s.scanUnit(ctx, s.readers[u.reader], u.unit, &tm)
	})
	if err != nil {
		return nil, err
	}

	res := &model.Result{Rules: s.engine.Active(), Sources: map[string][]byte{}}
	if b := s.opts.Bundle; b != nil {
		info := b.Info
		res.Bundle = &info
	}
	res.Errors = append(res.Errors, errs...)
	ignores := map[string]*ignoreUse{}
	var docs []examined
	for _, r := range append(results, unitResults...) {
		docs = append(docs, r.examined...)
		for k, u := range r.ignores {
			if seen := ignores[k]; seen != nil {
				seen.matched = seen.matched || u.matched
			} else {
				ignores[k] = u
			}
		}
		res.Errors = append(res.Errors, r.errs...)
		res.Scanned = append(res.Scanned, r.scanned...)
		res.Notes = append(res.Notes, r.notes...)
		res.Findings = append(res.Findings, r.findings...)
		maps.Copy(res.Sources, r.sources)
	}
	res.Notes = append(res.Notes, ignoreNotes(ignores, s.now(), func(id string) bool { _, ok := s.engine.Rule(id); return ok })...)
	res.Errors = dedupeErrors(res.Errors)
	sortResult(res)
	res.Findings = dedupe(res.Findings)
	s.applyConfig(res)
	if len(s.opts.Compliance) > 0 {
		res.Compliance = compliance(res.Rules, docs, res.Findings, s.opts.Compliance)
	}
	if s.opts.Debug != nil {
		fmt.Fprintf(s.opts.Debug, "debug: discover: %d candidates in %s\n", len(cands), discoverTime.Round(time.Microsecond))
		fmt.Fprintf(s.opts.Debug, "debug: read %s, parse+adapt %s, evaluate %s (summed over %d workers)\n", &tm.read, &tm.parse, &tm.eval, runtime.GOMAXPROCS(0))
		debugCompiled(s.opts.Debug, s.engine.Compiled())
		fmt.Fprintf(s.opts.Debug, "debug: scan: %d documents scanned, %d findings in %s\n", len(res.Scanned), len(res.Findings), time.Since(start).Round(time.Microsecond))
	}
	return res, nil
}

// now is the time suppressions expire against.
func (s *Scanner) now() time.Time {
	if s.opts.Now != nil {
		return s.opts.Now()
	}
	return time.Now()
}

// dedupeErrors drops repeated errors: a file read by several units (a
// Terraform module called from two roots) reports a malformed
// suppression once.
func dedupeErrors(errs []model.FileError) []model.FileError {
	seen := map[string]bool{}
	out := errs[:0]
	for _, e := range errs {
		k := fmt.Sprintf("%s\x00%v\x00%s\x00%s", e.Path, e.Range, e.Kind, e.Message)
		if e.Range != nil {
			k = fmt.Sprintf("%s\x00%v\x00%s\x00%s", e.Path, *e.Range, e.Kind, e.Message)
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, e)
	}
	return out
}

// parallel runs work(0..n-1) on GOMAXPROCS workers.
func (s *Scanner) parallel(ctx context.Context, n int, work func(context.Context, int)) error {
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i := range n {
		g.Go(func() error {
			if err := gctx.Err(); err != nil {
				return err
			}
			work(gctx, i)
			return nil
		})
	}
	return g.Wait()
}

// matches reports whether some reader may claim a file of this name.
func (s *Scanner) matches(name string) bool {
	for _, r := range s.readers {
		if r.Match(name) {
			return true
		}
	}
	return false
}

// scanCandidate reads one file and offers it to the readers that match its
// name, in registry order; the first to claim it parses it.
func (s *Scanner) scanCandidate(ctx context.Context, c candidate, tm *timings) unitResult {
	t := time.Now()
	src, err := s.read(c)
	tm.read.since(t)
	if err != nil {
		return unitResult{errs: []model.FileError{readError(c.path, err)}}
	}
	file := model.File{Path: c.path, Src: src}
	name := path.Base(c.path)
	for i, rd := range s.readers {
		if !rd.Match(name) {
			continue
		}
		t = time.Now()
		d := rd.Detect(c.path, src)
		tm.parse.since(t)
		if d == model.NotClaimed {
			continue
		}
		if rd.DirUnits() {
			return unitResult{deferred: &claimed{reader: i, file: file, c: c}}
		}
		u := model.Unit{Path: c.path, Files: []model.File{file}, Read: readInside(c.root), List: listInside(c.root)}
		docs, errs, syntax := s.parse(ctx, rd, u, tm)
		if d == model.Unsure && !syntax {
			// It looked like this kind but parses as something else.
			continue
		}
		return s.evaluate(ctx, u, docs, errs, tm)
	}
	return s.notScanned(c)
}

// dirUnit is a directory's files claimed by one directory reader.
type dirUnit struct {
	reader   int
	unit     model.Unit
	explicit bool
}

// dirUnits groups the deferred files by reader and directory, sorted.
func dirUnits(results []unitResult) []dirUnit {
	type key struct {
		reader int
		dir    string
	}
	byKey := map[key]*dirUnit{}
	var keys []key
	for _, r := range results {
		d := r.deferred
		if d == nil {
			continue
		}
		k := key{d.reader, path.Dir(d.file.Path)}
		u, ok := byKey[k]
		if !ok {
			u = &dirUnit{reader: d.reader, unit: model.Unit{Path: k.dir, Read: readInside(d.c.root), List: listInside(d.c.root)}}
			byKey[k] = u
			keys = append(keys, k)
		}
		u.unit.Files = append(u.unit.Files, d.file)
		u.explicit = u.explicit || d.c.explicit
	}
	slices.SortFunc(keys, func(a, b key) int { return cmp.Or(cmp.Compare(a.dir, b.dir), cmp.Compare(a.reader, b.reader)) })
	out := make([]dirUnit, len(keys))
	for i, k := range keys {
		u := byKey[k]
		slices.SortFunc(u.unit.Files, func(a, b model.File) int { return cmp.Compare(a.Path, b.Path) })
		out[i] = *u
	}
	return out
}

// planUnits lets each directory reader that plans its units (model.
// UnitPlanner) turn its directories into the units it parses.
func (s *Scanner) planUnits(units []dirUnit) []dirUnit {
	var out []dirUnit
	for i, rd := range s.readers {
		var mine []model.Unit
		explicit := map[string]bool{}
		for _, u := range units {
			if u.reader == i {
				mine = append(mine, u.unit)
				explicit[u.unit.Path] = u.explicit
			}
		}
		if len(mine) == 0 {
			continue
		}
		if p, ok := rd.(model.UnitPlanner); ok {
			mine = plan(p, mine)
		}
		for _, u := range mine {
			if u.Read == nil {
				for _, m := range units {
					if m.unit.Path == u.Path {
						u.Read, u.List = m.unit.Read, m.unit.List
					}
				}
			}
			out = append(out, dirUnit{reader: i, unit: u, explicit: explicit[u.Path]})
		}
	}
	return out
}

// plan runs a reader's planner; a bug in it leaves the units as they are
// (each directory alone) rather than ending the scan.
func plan(p model.UnitPlanner, units []model.Unit) (out []model.Unit) {
	defer func() {
		if recover() != nil {
			out = units
		}
	}()
	return p.PlanUnits(units)
}

// scanUnit parses and evaluates one unit.
func (s *Scanner) scanUnit(ctx context.Context, rd model.Reader, u model.Unit, tm *timings) unitResult {
	docs, errs, _ := s.parse(ctx, rd, u, tm)
	return s.evaluate(ctx, u, docs, errs, tm)
}

// parse runs a reader on a unit. Parse errors become file errors; syntax
// reports whether one of them was a syntax error.
func (s *Scanner) parse(ctx context.Context, rd model.Reader, u model.Unit, tm *timings) (docs []*model.Document, errs []model.FileError, syntax bool) {
	t := time.Now()
	defer tm.parse.since(t)
	docs, err := rd.Parse(ctx, u)
	for _, e := range flattenErrors(err) {
		var pe *model.ParseError
		if errors.As(e, &pe) && pe.Limit {
			fe := model.FileError{Path: cmp.Or(pe.Range.File, u.Path), Kind: model.ErrLimit, Message: pe.Msg}
			if pe.Range.Start.Line > 0 {
				rng := pe.Range
				fe.Range = &rng
			}
			errs = append(errs, fe)
			syntax = true
			continue
		}
		if !errors.As(e, &pe) {
			errs = append(errs, model.FileError{Path: u.Path, Kind: model.ErrParse, Message: e.Error()})
			continue
		}
		syntax = syntax || pe.Syntax
		fe := model.FileError{Path: cmp.Or(pe.Range.File, u.Path), Kind: model.ErrParse, Message: pe.Msg}
		if pe.Range.Start.Line > 0 {
			rng := pe.Range
			fe.Range = &rng
		}
		errs = append(errs, fe)
	}
	return docs, errs, syntax
}

// flattenErrors splits an errors.Join into its errors.
func flattenErrors(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// evaluate runs the policies on each document and places the findings.
func (s *Scanner) evaluate(ctx context.Context, u model.Unit, docs []*model.Document, errs []model.FileError, tm *timings) unitResult {
	ur := unitResult{errs: errs}
	byDoc := make([][]int, len(docs))
	for d, doc := range docs {
		t := time.Now()
		raw, err := s.engine.Eval(ctx, doc.Kind, regoInput(doc))
		tm.eval.since(t)
		sf := model.ScannedFile{Path: doc.Path, Kind: doc.Kind}
		// Documents of one file and kind (the inline buildspecs of a
		// template) are one scanned entry.
		dup := slices.ContainsFunc(ur.scanned, func(o model.ScannedFile) bool { return o.Path == sf.Path && o.Kind == sf.Kind })
		if len(u.Files) > 1 || (len(u.Files) == 1 && u.Files[0].Path != doc.Path) {
			for _, f := range u.Files {
				sf.Files = append(sf.Files, f.Path)
			}
		}
		if !dup {
			ur.scanned = append(ur.scanned, sf)
		}
		ur.notes = append(ur.notes, doc.Notes...)
		// doc.Errors are parts of the document left unchecked (a resource
		// without a usable Type): reported like parse errors, beside the
		// findings.
		ur.errs = append(ur.errs, doc.Errors...)
		ur.errs = append(ur.errs, policyErrors(doc.Path, err)...)
		for _, f := range s.findings(doc, u, raw) {
			byDoc[d] = append(byDoc[d], len(ur.findings))
			ur.findings = append(ur.findings, f)
		}
	}
	s.suppress(&ur, u, docs, byDoc)
	if len(s.opts.Compliance) > 0 {
		for d, doc := range docs {
			var fs []model.Finding
			for _, i := range byDoc[d] {
				fs = append(fs, ur.findings[i])
			}
			ur.examined = append(ur.examined, examine(doc, fs))
		}
	}
	for _, f := range ur.findings {
		if _, ok := ur.sources[f.Range.File]; ok {
			continue
		}
		if ur.sources == nil {
			ur.sources = map[string][]byte{}
		}
		i := slices.IndexFunc(u.Files, func(file model.File) bool { return file.Path == f.Range.File })
		switch {
		case i >= 0:
			ur.sources[f.Range.File] = u.Files[i].Src
		case u.Read != nil:
			// A file the reader read besides the unit (a downloaded
			// Terraform module), read again for the snippet.
			if src, err := u.Read(f.Range.File); err == nil {
				ur.sources[f.Range.File] = src
			}
		}
	}
	return ur
}

// redact replaces the sensitive values a message holds.
func redact(msg string, sensitive []string) string {
	for _, s := range sensitive {
		msg = strings.ReplaceAll(msg, s, "(sensitive)")
	}
	return msg
}

// origin is where the value at ptr was set, when elsewhere.
func origin(doc *model.Document, ptr string) *model.Range {
	if r, ok := doc.Origins[ptr]; ok {
		return &r
	}
	return nil
}

// internalError reports a panic met on one file or unit.
func internalError(path string, v any) model.FileError {
	return model.FileError{Path: path, Kind: model.ErrInternal, Message: fmt.Sprintf("internal error: %v; please report it", v)}
}

// notScanned reports a file that is not a supported input. Files found by
// walking a directory are simply not inputs; files named explicitly are
// reported so that nothing the user asked for disappears silently.
func (s *Scanner) notScanned(c candidate) unitResult {
	if !c.explicit {
		return unitResult{}
	}
	kinds := make([]string, len(s.readers))
	for i, r := range s.readers {
		kinds[i] = string(r.Kind())
	}
	msg := "not a recognised input: not of a kind shipgate reads (" + strings.Join(kinds, ", ") + ")"
	return unitResult{errs: []model.FileError{{Path: c.path, Kind: model.ErrSkipped, Message: msg}}}
}

// regoInput is the document as policies see it (docs/policy-authoring.md).
func regoInput(doc *model.Document) map[string]any {
	in := map[string]any{"kind": string(doc.Kind), "path": doc.Path, "raw": doc.Raw}
	if doc.View != nil {
		in[model.ViewOf(doc.Kind)] = doc.View
	}
	return in
}

// findings turns engine results into placed, fingerprinted findings.
// Identical results (the same rule on the same attribute with the same
// message, as produced by Fn::If variants of one resource) are merged.
func (s *Scanner) findings(doc *model.Document, u model.Unit, raw []engine.Result) []model.Finding {
	var out []model.Finding
	seen := map[string]bool{}
	for _, r := range raw {
		ptr := attributePointer(doc, r)
		file := r.File
		if file != "" && !slices.ContainsFunc(u.Files, func(f model.File) bool { return f.Path == file }) {
			// A policy may only place a finding in a file of the unit.
			file = ""
		}
		rng := locate(doc, file, ptr)
		fp := fingerprint(r.RuleID, rng.File, r.Resource, ptr)
		key := fp + "\x00" + r.Msg
		if seen[key] {
			continue
		}
		seen[key] = true
		rule, _ := s.engine.Rule(r.RuleID)
		f := model.Finding{
			RuleID:      r.RuleID,
			Severity:    rule.Severity,
			Warning:     r.Warn,
			Message:     redact(r.Msg, doc.Sensitive),
			Range:       rng,
			Resource:    r.Resource,
			Attribute:   ptr,
			Fingerprint: fp,
			Condition:   doc.Conditional[r.Resource],
			Via:         doc.Via[r.Resource],
			ValueFrom:   origin(doc, ptr),
		}
		if s.opts.HonorForeignIgnores {
			f.Suppression = foreignSuppression(doc.ForeignIgnores, rule, r.Resource)
		}
		out = append(out, f)
	}
	return out
}

// foreignSuppression is the suppression of a finding of rule on resource
// by another tool's ignore that names one of the rule's aliases, or nil.
func foreignSuppression(ignores []model.ForeignIgnore, rule model.Rule, resource string) *model.Suppression {
	for _, ig := range ignores {
		if ig.Resource != resource || resource == "" {
			continue
		}
		for _, alias := range rule.Aliases {
			if !strings.EqualFold(alias, ig.ID) {
				continue
			}
			why := ig.Reason
			if why == "" {
				why = fmt.Sprintf("suppressed for %s rule %s in the resource's Metadata", ig.Tool, ig.ID)
			}
			return &model.Suppression{Kind: "external", Justification: why}
		}
	}
	return nil
}

// attributePointer is the JSON pointer a result is about: its src if given,
// else its path under the resource, else the resource itself.
func attributePointer(doc *model.Document, r engine.Result) string {
	if r.Src != "" {
		return r.Src
	}
	return model.Pointer(doc.Resources[r.Resource], r.Path...)
}

// locate finds the range of ptr, or of its nearest ancestor that has one, so
// a finding about a missing attribute lands on the enclosing block. When
// file is set, only ranges in that file count; nothing found there places
// the finding at the top of file.
func locate(doc *model.Document, file, ptr string) model.Range {
	for p := ptr; ; {
		if r, ok := doc.Source[p]; ok && (file == "" || r.File == file) {
			return r
		}
		i := strings.LastIndexByte(p, '/')
		if i < 0 {
			break
		}
		p = p[:i]
	}
	top := model.Pos{Line: 1, Col: 1}
	return model.Range{File: cmp.Or(file, doc.Path), Start: top, End: top}
}

// fingerprint identifies a finding independently of line numbers, so it
// survives edits elsewhere in the file (baselines, SARIF partialFingerprints).
func fingerprint(rule, file, resource, attr string) string {
	h := sha256.New()
	for _, s := range []string{rule, file, resource, attr} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// dedupe drops a finding identical to the one before it (sorted): the
// same rule, place, resource and message, as a module line evaluated from
// two root modules with the same instance address gives.
func dedupe(fs []model.Finding) []model.Finding {
	out := fs[:0]
	for i, f := range fs {
		if i > 0 {
			p := out[len(out)-1]
			if p.Fingerprint == f.Fingerprint && p.Message == f.Message && p.Range == f.Range {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// errorLine is the line of an error, 0 when it has none.
func errorLine(e model.FileError) int {
	if e.Range == nil {
		return 0
	}
	return e.Range.Start.Line
}

// sortResult orders everything deterministically: findings by file, line,
// column, rule; errors and notes by file and position.
func sortResult(res *model.Result) {
	sort.SliceStable(res.Findings, func(i, j int) bool {
		a, b := res.Findings[i], res.Findings[j]
		if a.Range.File != b.Range.File {
			return a.Range.File < b.Range.File
		}
		if a.Range.Start.Line != b.Range.Start.Line {
			return a.Range.Start.Line < b.Range.Start.Line
		}
		if a.Range.Start.Col != b.Range.Start.Col {
			return a.Range.Start.Col < b.Range.Start.Col
		}
		if a.RuleID != b.RuleID {
			return a.RuleID < b.RuleID
		}
		if a.Message != b.Message {
			return a.Message < b.Message
		}
		return a.Fingerprint < b.Fingerprint
	})
	sort.SliceStable(res.Errors, func(i, j int) bool {
		a, b := res.Errors[i], res.Errors[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if la, lb := errorLine(a), errorLine(b); la != lb {
			return la < lb
		}
		return a.Message < b.Message
	})
	sort.SliceStable(res.Notes, func(i, j int) bool {
		a, b := res.Notes[i], res.Notes[j]
		if a.Range.File != b.Range.File {
			return a.Range.File < b.Range.File
		}
		if a.Range.Start.Line != b.Range.Start.Line {
			return a.Range.Start.Line < b.Range.Start.Line
		}
		return a.Message < b.Message
	})
	// A template holding inline buildspecs is scanned as two kinds: the
	// kind orders them, so the output stays deterministic.
	sort.Slice(res.Scanned, func(i, j int) bool {
		a, b := res.Scanned[i], res.Scanned[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.Kind < b.Kind
	})
}
