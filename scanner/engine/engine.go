package engine

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/shipgate/shipgate/scanner/model"
)

// DefaultTimeout is the evaluation time limit per document when
// Options.Timeout is zero.
const DefaultTimeout = 10 * time.Second

// ErrTimeout is wrapped by the error Eval returns when a document's
// evaluation exceeds the time limit.
var ErrTimeout = errors.New("policy evaluation exceeded the time limit")

// Options configures New.
type Options struct {
	// Builtin holds the embedded policies (policies.FS); nil loads none.
	Builtin fs.FS
	// Index is the index of Builtin (policies.Index). A lazy engine reads
	// the built-in policies' metadata from it and each file only when a
	// group compiles it; without it, it parses every file's header.
	Index *Index
	// Extra lists the user's policy files and directories (--policy),
	// read from disk. Directories are walked recursively for .rego files.
	Extra []string
	// Bundle holds the policies of a policy bundle (ReadBundle); they are
	// loaded like the files of Extra.
	Bundle *Bundle
	// Timeout limits the evaluation of one document; zero means
	// DefaultTimeout.
	Timeout time.Duration
	// Schemas holds the JSON Schema of each normalised view by name
	// (model.ViewAWS). Policies that read one view are type-checked
	// against it at load.
	Schemas map[string]map[string]any
	// Enable lists the ids of opt-in rules (custom.opt_in) to evaluate;
	// the others are loaded and listed but not evaluated. An id that is
	// not an opt-in rule is an error.
	Enable []string
	// Disable lists the ids of rules not to evaluate (built-in or
	// custom); Frameworks, when set, keeps only the rules mapped to one
	// of them (InFrameworks). Check, when set, sees every loaded rule
	// before Enable is applied; its error ends New (select.go).
	Disable    []string
	Frameworks []string
	Check      func([]model.Rule) error
	// Lazy compiles the built-in policies of a view when Eval first meets
	// one of its kinds, so that a scan pays only for the views it reads;
	// the views of the user's policies (Extra) are still compiled by New.
	// Otherwise New compiles everything.
	Lazy bool
}

// Engine holds the loaded policies and, per group of views, their
// compiled form with one prepared query per input kind. Its methods are
// safe for concurrent use.
type Engine struct {
	// lazy is Options.Lazy.
	lazy  bool
	rules []model.Rule
	// active are the rules that run: all but the opt-in rules not enabled.
	active []model.Rule
	byID   map[string]int
	// pols are the loaded policies, in the order of rules; off marks the
	// opt-in ones not enabled.
	pols    []*policy
	timeout time.Duration
	// srcs are every policy and library file, whole, for the groups that
	// compile them (group.go).
	srcs    []source
	schemas map[string]map[string]any
	// pkgs holds the package of each file parsed by New (by moduleKey),
	// so a group finds the libraries its policies refer to.
	pkgs map[string]ast.Ref
	// groups holds the groups that evaluate each view's kinds, the base
	// group first; planMu guards their taking on (ensure).
	groups map[string][]*group
	planMu sync.Mutex
	// parts holds the group of each built-in policy a lazy engine does
	// not compile in its view's base group, by rule id: a partition
	// ("s3.buckets", "iam.policies+iam.roles") or a share ("2/3").
	parts map[string]string
	// indexed is true when the built-in policies were loaded from their
	// index: each group checks the index against the files it parses.
	indexed bool
	// parsed holds the built-in files parsed without annotations, by
	// moduleKey, for every group that compiles them (parseGroup).
	parsedMu sync.Mutex
	parsed   map[string]*ast.Module
}

// Result is one element of a policy's deny or warn set.
type Result struct {
	RuleID string
	// Warn is true for a result of the policy's warn rule.
	Warn bool
	Msg  string
	// Resource is the address of the resource the result is about.
	Resource string
	// Src is an absolute JSON pointer into the raw tree of File, or of the
	// document when File is empty.
	Src string
	// File is set when the result is about another file than the document's.
	File string
	// Path locates the attribute inside Resource; array indexes are decimal
	// strings.
	Path []string
}

// New loads and checks the built-in and extra policies and compiles them:
// all of them at once, or with Options.Lazy the policies of each view
// when a document of that view is first evaluated, except that the views
// of the user's policies are compiled here so that every error in a file
// of Options.Extra is New's error. Errors carry file:line.
func New(ctx context.Context, opts Options) (*Engine, error) {
	// Lazily, the built-in files are known from their index (index.go),
	// and read when a group compiles them, or else read as their headers
	// only: the package and its metadata, enough to list the rule and know
	// its kinds. Each is parsed whole by the group that compiles it.
	var idx *Index
	if opts.Lazy && opts.Builtin != nil {
		idx = opts.Index
	}
	var builtin []source
	if opts.Builtin != nil {
		b, err := readFS(opts.Builtin, true, false, idx != nil)
		if err != nil {
			return nil, err
		}
		builtin = b
	}
	extra, err := readPaths(opts.Extra, false)
	if err != nil {
		return nil, err
	}
	if opts.Bundle != nil {
		extra = append(extra, opts.Bundle.srcs...)
	}
	srcs := append(slices.Clone(builtin), extra...)

	var pols []*policy
	var mods map[string]*ast.Module
	var errs []error
	switch {
	case idx != nil:
		builtinPols, builtinMods, err := idx.policies(builtin)
		if err != nil {
			return nil, fmt.Errorf("load policies: %w", err)
		}
		user, perrs := parse(extra, everySource)
		userPols, ferrs := findPolicies(extra, user)
		errs = slices.Concat(perrs, ferrs, clashes(builtinPols, userPols, user))
		pols = append(builtinPols, userPols...)
		slices.SortFunc(pols, func(a, b *policy) int { return cmp.Compare(a.rule.ID, b.rule.ID) })
		mods = builtinMods
		maps.Copy(mods, user)
	case opts.Lazy:
		loaded := append(headers(builtin), extra...)
		mods, errs = parse(loaded, everySource)
		var ferrs []error
		pols, ferrs = findPolicies(loaded, mods)
		errs = append(errs, ferrs...)
	default:
		mods, errs = parse(srcs, everySource)
		var ferrs []error
		pols, ferrs = findPolicies(srcs, mods)
		errs = append(errs, ferrs...)
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("load policies: %w", joinErrors(errs))
	}

	e := &Engine{
		byID:    make(map[string]int, len(pols)),
		pols:    pols,
		timeout: cmp.Or(opts.Timeout, DefaultTimeout),
		srcs:    srcs,
		schemas: opts.Schemas,
		pkgs:    make(map[string]ast.Ref, len(mods)),
		groups:  map[string][]*group{},
		lazy:    opts.Lazy,
		indexed: idx != nil,
		parsed:  map[string]*ast.Module{},
	}
	for k, m := range mods {
		e.pkgs[k] = m.Package.Path
	}
	if err := selectRules(pols, opts); err != nil {
		return nil, err
	}
	for i, p := range pols {
		e.byID[p.rule.ID] = i
	}
	if !opts.Lazy {
		g := &group{views: model.Views(), size: len(pols)}
		for _, v := range g.views {
			e.groups[v] = []*group{g}
		}
		if e.ensure(ctx, []*group{g}); g.err != nil {
			return nil, g.err
		}
		e.list()
		return e, nil
	}
	// A view's base group holds its policies but two kinds of built-in
	// ones. The built-in AWS policies that read only some collections are
	// grouped by the collections they read, and a document pays only for
	// the groups of the collections it declares (partition). The other
	// built-in policies of a view are dealt into shares, compiled side by
	// side when a document needs them (shares).
	e.parts = map[string]string{}
	for _, p := range pols {
		if part := partition(p.rule); part != "" {
			e.parts[p.rule.ID] = part
		}
	}
	for _, v := range model.Views() {
		e.groups[v] = []*group{{views: []string{v}}}
		kinds := model.ViewKinds(v)
		var dealt []*policy
		for _, p := range pols {
			if p.rule.Builtin && e.parts[p.rule.ID] == "" && appliesTo(p, kinds) {
				dealt = append(dealt, p)
			}
		}
		if n := shares(len(dealt)); n > 1 {
			for i := range n {
				e.groups[v] = append(e.groups[v], &group{views: []string{v}, part: shareName(i, n)})
			}
			for i, p := range dealt {
				e.parts[p.rule.ID] = shareName(i%n, n)
			}
		}
	}
	parts := map[string]bool{}
	for _, part := range e.parts {
		if !strings.Contains(part, "/") {
			parts[part] = true
		}
	}
	for _, part := range slices.Sorted(maps.Keys(parts)) {
		e.groups[model.ViewAWS] = append(e.groups[model.ViewAWS], &group{views: []string{model.ViewAWS}, part: part, reads: strings.Split(part, "+")})
	}
	for _, v := range model.Views() {
		kinds := model.ViewKinds(v)
		sizes := map[string]int{}
		for _, p := range pols {
			if appliesTo(p, kinds) {
				sizes[e.parts[p.rule.ID]]++
			}
		}
		for _, g := range e.groups[v] {
			g.size = sizes[g.part]
		}
	}
	for _, v := range userViews(pols, len(extra) > 0) {
		g := e.groups[v][0]
		if e.ensure(ctx, []*group{g}); g.err != nil {
			return nil, g.err
		}
	}
	e.list()
	return e, nil
}

// list fills Rules and Active once New has compiled what it compiles,
// which sets their Reads (setReads).
func (e *Engine) list() {
	for _, p := range e.pols {
		e.rules = append(e.rules, p.rule)
		if !p.off {
			e.active = append(e.active, p.rule)
		}
	}
}

// userViews are the views whose group holds a policy of the user's, in
// the order of model.Views: every view when the user gave files but no
// policy (libraries alone), so that those are compiled too.
func userViews(pols []*policy, extra bool) []string {
	var out []string
	for _, v := range model.Views() {
		kinds := model.ViewKinds(v)
		if slices.ContainsFunc(pols, func(p *policy) bool { return !p.rule.Builtin && appliesTo(p, kinds) }) {
			out = append(out, v)
		}
	}
	if extra && len(out) == 0 {
		return model.Views()
	}
	return out
}

// appliesTo reports whether p applies to one of kinds.
func appliesTo(p *policy, kinds []model.Kind) bool {
	return len(p.rule.Kinds) == 0 || slices.ContainsFunc(kinds, func(k model.Kind) bool { return slices.Contains(p.rule.Kinds, k) })
}

// collectorModule writes the Rego module whose rule per group and kind
// gathers {"i": policy index, "warn": bool, "r": result} from every
// applicable policy of the group, so one prepared query evaluates them
// all; index gives a policy's index in Engine.rules, group its group's
// number among those compiled together. It returns, by group number, the
// kinds that have at least one policy.
func collectorModule(pols []*policy, kinds []model.Kind, index, group func(*policy) int) (string, map[int][]model.Kind) {
	var b strings.Builder
	fmt.Fprintf(&b, "package %s\n\n", internalPackage)
	groups := map[int]bool{}
	for _, p := range pols {
		groups[group(p)] = true
	}
	out := map[int][]model.Kind{}
	for _, gi := range slices.Sorted(maps.Keys(groups)) {
		for _, k := range kinds {
			if collectKind(&b, pols, k, gi, index, group) > 0 {
				out[gi] = append(out[gi], k)
			}
		}
	}
	return b.String(), out
}

// collectKind writes the collector rule of group gi for kind k and
// returns how many policy rules it gathers.
func collectKind(b *strings.Builder, pols []*policy, k model.Kind, gi int, index, group func(*policy) int) int {
	n := 0
	for _, p := range pols {
		if p.off || group(p) != gi || (len(p.rule.Kinds) > 0 && !slices.Contains(p.rule.Kinds, k)) {
			continue
		}
		for _, r := range []struct {
			name string
			ok   bool
		}{{"deny", p.deny}, {"warn", p.warn}} {
			if !r.ok {
				continue
			}
			fmt.Fprintf(b, "%s contains {\"i\": %d, \"warn\": %t, \"r\": r} if {\n\tsome r in %s.%s\n}\n\n",
				ruleName(k, gi), index(p), r.name == "warn", p.pkg.String(), r.name)
			n++
		}
	}
	return n
}

// enableOptIn turns off the opt-in policies that enable does not name. An
// id in enable that is not an opt-in rule is an error.
func enableOptIn(pols []*policy, enable []string) error {
	want := map[string]bool{}
	for _, id := range enable {
		want[id] = true
	}
	for _, p := range pols {
		if !want[p.rule.ID] {
			p.off = p.rule.OptIn
			continue
		}
		if !p.rule.OptIn {
			return fmt.Errorf("--enable %s: the rule is on by default; --enable names opt-in rules", p.rule.ID)
		}
		delete(want, p.rule.ID)
	}
	if len(want) > 0 {
		return fmt.Errorf("--enable: no rule %s", strings.Join(slices.Sorted(maps.Keys(want)), ", "))
	}
	return nil
}

// ruleName is the collector rule of group number gi for a kind: kind
// names hold dashes.
func ruleName(k model.Kind, gi int) string {
	return fmt.Sprintf("kind_%s_%d", strings.ReplaceAll(string(k), "-", "_"), gi)
}

// explainRemoved adds a reason to "undefined function" errors for builtins
// that shipgate takes away, so the author knows it is deliberate.
func explainRemoved(errs ast.Errors, removed map[string]bool) []error {
	out := make([]error, len(errs))
	for i, e := range errs {
		out[i] = e
		const prefix = "undefined function "
		if name, ok := strings.CutPrefix(e.Message, prefix); ok && removed[name] {
			cp := *e
			cp.Message += " (shipgate policies may not call builtins that reach the network, read the environment or are not deterministic)"
			out[i] = &cp
		}
	}
	return out
}

// Active returns the metadata of the policies that run, sorted by id:
// every loaded policy but the opt-in ones not enabled.
func (e *Engine) Active() []model.Rule {
	return slices.Clone(e.active)
}

// Rules returns the loaded policies' metadata, sorted by id.
func (e *Engine) Rules() []model.Rule {
	return slices.Clone(e.rules)
}

// Rule returns the metadata of the policy with the given id.
func (e *Engine) Rule(id string) (model.Rule, bool) {
	i, ok := e.byID[id]
	if !ok {
		return model.Rule{}, false
	}
	return e.rules[i], true
}

// Eval evaluates every policy that applies to kind against input (the Rego
// input document) and returns their results sorted by rule id, message,
// resource and source pointer. A policy failure — a builtin error, a
// malformed result, the time limit — is an error, never an empty result:
// one *PolicyError per failing policy (errors.Join), returned with the
// results of every other policy. The policies of a group are evaluated in
// one query; when that fails, each is evaluated alone with the time
// limit, so one failing policy does not hide the findings of the others.
// A partition group is skipped when the document declares nothing in
// the collections it reads: its policies can report nothing there.
func (e *Engine) Eval(ctx context.Context, kind model.Kind, input map[string]any) ([]Result, error) {
	view := model.ViewOf(kind)
	groups := e.groups[view]
	if groups == nil {
		return nil, fmt.Errorf("evaluate: unknown kind %q", kind)
	}
	has := present(input, view)
	var need []*group
	for _, g := range groups {
		if g.size > 0 && g.evaluates(has) {
			need = append(need, g)
		}
	}
	e.ensure(ctx, need)
	value := sync.OnceValues(func() (ast.Value, error) { return ast.InterfaceToValue(input) })
	// The groups evaluate side by side, each one's results and errors kept
	// by index. Groups compiled together fail together: their error is
	// reported once.
	results := make([][]Result, len(need))
	errs := make([][]error, len(need))
	sideBySide(len(need), func(i int) {
		g := need[i]
		if g.err != nil {
			if i == slices.IndexFunc(need, func(o *group) bool { return o.err == g.err }) {
				errs[i] = []error{fmt.Errorf("evaluate %s: %w", kind, g.err)}
			}
			return
		}
		results[i], errs[i] = e.evalGroupOf(ctx, g, kind, value)
	})
	if ctx.Err() != nil {
		return nil, fmt.Errorf("evaluate %s: %w", kind, ctx.Err())
	}
	if len(need) > 0 {
		if _, err := value(); err != nil {
			return nil, fmt.Errorf("evaluate %s: convert input: %w", kind, err)
		}
	}
	out := slices.Concat(results...)
	slices.SortFunc(out, compareResults)
	return out, errors.Join(slices.Concat(errs...)...)
}

// evalGroupOf evaluates the query of compiled group g for kind on the
// document value, returning its results and every error apart.
func (e *Engine) evalGroupOf(ctx context.Context, g *group, kind model.Kind, value func() (ast.Value, error)) ([]Result, []error) {
	pq, ok := g.queries[kind]
	if !ok {
		return nil, nil
	}
	v, err := value()
	if err != nil {
		return nil, nil // Eval reports it once
	}
	res, err := e.evalGroup(ctx, g, kind, pq, v)
	if ctx.Err() != nil {
		return nil, nil
	}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		return res, joined.Unwrap()
	} else if err != nil {
		return res, []error{err}
	}
	return res, nil
}

// evalGroup evaluates the query of group g for kind, or each of its
// policies alone when that fails.
func (e *Engine) evalGroup(ctx context.Context, g *group, kind model.Kind, pq *rego.PreparedEvalQuery, value ast.Value) ([]Result, error) {
	tctx, cancel := context.WithTimeout(ctx, e.timeout)
	defer cancel()
	rs, err := pq.Eval(tctx, rego.EvalParsedInput(value))
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return e.evalEach(ctx, g, kind, value)
	}
	if len(rs) == 0 || len(rs[0].Expressions) == 0 {
		return nil, nil
	}
	items, ok := rs[0].Expressions[0].Value.([]any)
	if !ok {
		return nil, fmt.Errorf("evaluate %s: unexpected result %T", kind, rs[0].Expressions[0].Value)
	}
	out := make([]Result, 0, len(items))
	var errs []error
	for _, it := range items {
		r, err := e.result(it)
		if err != nil {
			errs = append(errs, fmt.Errorf("evaluate %s: %w", kind, err))
			continue
		}
		out = append(out, r)
	}
	return out, joinErrors(errs)
}

// result converts one collected {"i", "warn", "r"} object.
func (e *Engine) result(item any) (Result, error) {
	obj, _ := item.(map[string]any)
	n, _ := obj["i"].(json.Number)
	i, err := n.Int64()
	if err != nil || i < 0 || int(i) >= len(e.rules) {
		return Result{}, fmt.Errorf("unexpected collected result %v", item)
	}
	warn, _ := obj["warn"].(bool)
	return e.resultOf(int(i), warn, obj["r"])
}

// resultOf converts one element r of policy i's deny or warn set.
func (e *Engine) resultOf(i int, warn bool, r any) (Result, error) {
	res := Result{RuleID: e.rules[i].ID, Warn: warn}
	rule := "deny"
	if warn {
		rule = "warn"
	}
	fail := func(format string, args ...any) (Result, error) {
		return Result{}, &PolicyError{RuleID: res.RuleID, Err: fmt.Errorf("%s result: %s", rule, fmt.Sprintf(format, args...))}
	}

	switch r := r.(type) {
	case string:
		if r == "" {
			return fail("empty message")
		}
		res.Msg = r
		return res, nil
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(r)) {
			v := r[k]
			var ok bool
			switch k {
			case "msg":
				res.Msg, ok = v.(string)
			case "resource":
				res.Resource, ok = v.(string)
			case "src":
				res.Src, ok = v.(string)
				if ok && res.Src != "" && !strings.HasPrefix(res.Src, "/") {
					return fail("src %q is not an absolute JSON pointer", res.Src)
				}
			case "file":
				res.File, ok = v.(string)
			case "path":
				res.Path, ok = pathOf(v)
			default:
				return fail("unknown field %q (want msg, resource, src, file, path)", k)
			}
			if !ok {
				return fail("field %q has the wrong type (%s)", k, jsonText(v))
			}
		}
		if res.Msg == "" {
			return fail("missing msg in %s", jsonText(r))
		}
		return res, nil
	default:
		return fail("want a string or an object with msg, got %s", jsonText(r))
	}
}

// pathOf reads a result path: strings and non-negative integers.
func pathOf(v any) ([]string, bool) {
	items, ok := v.([]any)
	if !ok {
		return nil, false
	}
	out := make([]string, len(items))
	for i, it := range items {
		switch x := it.(type) {
		case string:
			out[i] = x
		case json.Number:
			n, err := x.Int64()
			if err != nil || n < 0 {
				return nil, false
			}
			out[i] = x.String()
		default:
			return nil, false
		}
	}
	return out, true
}

func jsonText(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

func compareResults(a, b Result) int {
	return cmp.Or(
		cmp.Compare(a.RuleID, b.RuleID),
		cmp.Compare(a.Msg, b.Msg),
		cmp.Compare(a.Resource, b.Resource),
		cmp.Compare(a.Src, b.Src),
		cmp.Compare(a.File, b.File),
		slices.Compare(a.Path, b.Path),
		boolCompare(a.Warn, b.Warn),
	)
}

func boolCompare(a, b bool) int {
	switch {
	case a == b:
		return 0
	case !a:
		return -1
	default:
		return 1
	}
}
