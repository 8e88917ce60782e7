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
	"runtime"
	"sort"
	"strings"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/shipgate/shipgate/parsers/cloud"
	"github.com/shipgate/shipgate/parsers/cloudformation"
	"github.com/shipgate/shipgate/policies"
	"github.com/shipgate/shipgate/scanner/engine"
	"github.com/shipgate/shipgate/scanner/model"
)

// Options configures a Scanner.
type Options struct {
	// Exclude holds glob patterns ("**" matches across directories) for
	// paths to leave out of directory walks.
	Exclude []string
	// CFNParams overrides CloudFormation parameter values.
	CFNParams map[string]string
	// Policies are extra Rego files or directories loaded beside the
	// built-in policies.
	Policies []string
	// NoBuiltin leaves the built-in policies out.
	NoBuiltin bool
	// Timeout limits policy evaluation per document (0: engine default).
	Timeout time.Duration
	// MaxFileSize is the largest file read, in bytes (0:
	// DefaultMaxFileSize). A larger file is a "limit" error.
	MaxFileSize int64
	// Debug, when set, receives per-phase timings.
	Debug io.Writer
}

// Scanner discovers, parses and evaluates files. It is safe to reuse for
// several scans; policies are compiled once in New.
type Scanner struct {
	opts   Options
	engine *engine.Engine
}

// New compiles the policies. A policy that fails to load is an error.
func New(ctx context.Context, opts Options) (*Scanner, error) {
	if err := opts.validate(); err != nil {
		return nil, err
	}
	start := time.Now()
	eo := engine.Options{Builtin: policies.FS, Extra: opts.Policies, Timeout: opts.Timeout}
	if opts.NoBuiltin {
		// The helper library is part of the policy API (lib.result,
		// lib.is_false, ...): user policies need it without the built-ins.
		lib, err := fs.Sub(policies.FS, "lib")
		if err != nil {
			return nil, fmt.Errorf("load policy library: %w", err)
		}
		eo.Builtin = lib
	}
	eng, err := engine.New(ctx, eo)
	if err != nil {
		return nil, err
	}
	if opts.Debug != nil {
		fmt.Fprintf(opts.Debug, "debug: compile policies: %d rules in %s\n", len(eng.Rules()), time.Since(start).Round(time.Microsecond))
	}
	return &Scanner{opts: opts, engine: eng}, nil
}

// Rules returns the metadata of every loaded policy, sorted by id.
func (s *Scanner) Rules() []model.Rule { return s.engine.Rules() }

// fileResult is what one worker produced for one candidate; workers write
// into a pre-sized slice by index, so the hot path takes no locks.
type fileResult struct {
	// scanned is set when the file was parsed and evaluated. The document
	// itself is not kept: its trees are garbage once evaluated.
	scanned  *model.ScannedFile
	notes    []model.Note
	findings []model.Finding
	errs     []model.FileError
	src      []byte
}

// phase accumulates time spent in one phase across workers.
type phase struct{ ns atomic.Int64 }

func (p *phase) since(t time.Time) { p.ns.Add(int64(time.Since(t))) }
func (p *phase) String() string    { return time.Duration(p.ns.Load()).Round(time.Microsecond).String() }

// Scan scans the given paths (files or directories). Problems with the
// scanned files are in the Result; the error is for the scan itself
// failing (a cancelled context).
func (s *Scanner) Scan(ctx context.Context, paths []string) (*model.Result, error) {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	start := time.Now()
	cands, errs := discover(paths, s.opts.Exclude)
	discoverTime := time.Since(start)

	var readT, parseT, evalT phase
	results := make([]fileResult, len(cands))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i := range cands {
		g.Go(func() error {
			if err := gctx.Err(); err != nil {
				return err
			}
			defer func() {
				// A bug met on one file must not end the scan and lose
				// every other file's results.
				if v := recover(); v != nil {
					results[i] = fileResult{errs: []model.FileError{{Path: cands[i].path, Kind: "internal", Message: fmt.Sprintf("internal error: %v; please report it", v)}}}
				}
			}()
			results[i] = s.scanFile(gctx, cands[i], &readT, &parseT, &evalT)
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}

	res := &model.Result{Rules: s.engine.Rules(), Sources: map[string][]byte{}}
	res.Errors = append(res.Errors, errs...)
	for _, r := range results {
		res.Errors = append(res.Errors, r.errs...)
		if r.scanned == nil {
			continue
		}
		res.Scanned = append(res.Scanned, *r.scanned)
		res.Notes = append(res.Notes, r.notes...)
		if len(r.findings) > 0 {
			res.Findings = append(res.Findings, r.findings...)
			res.Sources[r.scanned.Path] = r.src
		}
	}
	sortResult(res)
	if s.opts.Debug != nil {
		fmt.Fprintf(s.opts.Debug, "debug: discover: %d candidates in %s\n", len(cands), discoverTime.Round(time.Microsecond))
		fmt.Fprintf(s.opts.Debug, "debug: read %s, parse+adapt %s, evaluate %s (summed over %d workers)\n", &readT, &parseT, &evalT, runtime.GOMAXPROCS(0))
		fmt.Fprintf(s.opts.Debug, "debug: scan: %d files scanned, %d findings in %s\n", len(res.Scanned), len(res.Findings), time.Since(start).Round(time.Microsecond))
	}
	return res, nil
}

// scanFile reads, detects, parses, adapts and evaluates one file.
func (s *Scanner) scanFile(ctx context.Context, c candidate, readT, parseT, evalT *phase) fileResult {
	t := time.Now()
	src, err := readFile(c.osPath, cmp.Or(s.opts.MaxFileSize, DefaultMaxFileSize))
	readT.since(t)
	if err != nil {
		return fileResult{errs: []model.FileError{readError(c.path, err)}}
	}

	t = time.Now()
	isCFN := cloudformation.Detect(src)
	if !isCFN && !looksLikeTemplate(src) {
		parseT.since(t)
		return notScanned(c, "not a recognised input: no CloudFormation Resources or AWSTemplateFormatVersion found")
	}
	tmpl, err := (&cloudformation.Parser{Params: s.opts.CFNParams}).ParseTemplate(c.path, src)
	if err != nil {
		parseT.since(t)
		if !isCFN && !syntaxError(err) {
			// Valid YAML/JSON that merely mentions AWS:: is not a template.
			return notScanned(c, "not a recognised input: no CloudFormation Resources or AWSTemplateFormatVersion found")
		}
		return fileResult{errs: []model.FileError{parseFileError(c.path, err)}}
	}
	if !isCFN {
		parseT.since(t)
		return notScanned(c, "not a recognised input: no CloudFormation Resources or AWSTemplateFormatVersion found")
	}
	doc := tmpl.Doc
	doc.AWS = cloud.CloudFormation(doc, tmpl.FalseConditionResources)
	parseT.since(t)

	t = time.Now()
	raw, err := s.engine.Eval(ctx, doc.Kind, regoInput(doc))
	evalT.since(t)
	fr := fileResult{scanned: &model.ScannedFile{Path: doc.Path, Kind: doc.Kind}, notes: doc.Notes}
	fr.errs = append(fr.errs, policyErrors(doc.Path, err)...)
	fr.findings = s.findings(doc, raw)
	if len(fr.findings) > 0 {
		fr.src = src
	}
	return fr
}

// notScanned reports a file that is not a supported input. Files found by
// walking a directory are simply not inputs; files named explicitly are
// reported so that nothing the user asked for disappears silently.
func notScanned(c candidate, reason string) fileResult {
	if !c.explicit {
		return fileResult{}
	}
	return fileResult{errs: []model.FileError{{Path: c.path, Kind: "skipped", Message: reason}}}
}

// regoInput is the document as policies see it (docs/policy-authoring.md).
func regoInput(doc *model.Document) map[string]any {
	in := map[string]any{"kind": string(doc.Kind), "path": doc.Path, "raw": doc.Raw}
	if doc.AWS != nil {
		in["aws"] = doc.AWS
	}
	return in
}

// findings turns engine results into placed, fingerprinted findings.
// Identical results (the same rule on the same attribute with the same
// message, as produced by Fn::If variants of one resource) are merged.
func (s *Scanner) findings(doc *model.Document, raw []engine.Result) []model.Finding {
	var out []model.Finding
	seen := map[string]bool{}
	for _, r := range raw {
		ptr := attributePointer(doc, r)
		rng := locate(doc, ptr)
		fp := fingerprint(r.RuleID, doc.Path, r.Resource, ptr)
		key := fp + "\x00" + r.Msg
		if seen[key] {
			continue
		}
		seen[key] = true
		rule, _ := s.engine.Rule(r.RuleID)
		out = append(out, model.Finding{
			RuleID:      r.RuleID,
			Severity:    rule.Severity,
			Warning:     r.Warn,
			Message:     r.Msg,
			Range:       rng,
			Resource:    r.Resource,
			Attribute:   ptr,
			Fingerprint: fp,
		})
	}
	return out
}

// attributePointer is the JSON pointer a result is about: its src if given,
// else its path under the resource, else the resource itself.
func attributePointer(doc *model.Document, r engine.Result) string {
	if r.Src != "" {
		return r.Src
	}
	base := ""
	if r.Resource != "" {
		if p, ok := doc.Resources[r.Resource]; ok {
			base = p
		}
	}
	var b strings.Builder
	b.WriteString(base)
	for _, seg := range r.Path {
		b.WriteByte('/')
		b.WriteString(escapePointer(seg))
	}
	return b.String()
}

func escapePointer(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// locate finds the range of ptr, or of its nearest ancestor that has one, so
// a finding about a missing attribute lands on the enclosing block.
func locate(doc *model.Document, ptr string) model.Range {
	for p := ptr; ; {
		if r, ok := doc.Source[p]; ok {
			return r
		}
		if p == "" {
			break
		}
		i := strings.LastIndexByte(p, '/')
		if i < 0 {
			break
		}
		p = p[:i]
	}
	return model.Range{File: doc.Path, Start: model.Pos{Line: 1, Col: 1}, End: model.Pos{Line: 1, Col: 1}}
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

// syntaxError reports whether err is a YAML/JSON syntax error rather than a
// well-formed file that is not a template.
// A template over a budget counts as one: it was not read to the end.
func syntaxError(err error) bool {
	var pe *cloudformation.ParseError
	if errors.As(err, &pe) {
		return pe.Syntax
	}
	var le *cloudformation.LimitError
	return errors.As(err, &le)
}

func parseFileError(path string, err error) model.FileError {
	fe := model.FileError{Path: path, Kind: "parse", Message: err.Error()}
	var pe *cloudformation.ParseError
	var le *cloudformation.LimitError
	if errors.As(err, &le) {
		fe.Kind, fe.Message = KindLimit, le.Msg
		fe.Range = &model.Range{File: path, Start: le.Pos, End: le.Pos}
	} else if errors.As(err, &pe) {
		fe.Message = pe.Msg
		if pe.Pos.Line > 0 {
			fe.Range = &model.Range{File: path, Start: pe.Pos, End: pe.Pos}
		}
	}
	return fe
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
	sort.Slice(res.Scanned, func(i, j int) bool { return res.Scanned[i].Path < res.Scanned[j].Path })
}
