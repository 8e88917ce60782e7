package engine

import (
	"cmp"
	"context"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"golang.org/x/sync/errgroup"

	"github.com/shipgate/shipgate/scanner/model"
)

// group is the compiled form of the policies that apply to the kinds of
// some views: every library file, those policies, and the generated
// collector module, in one compiler, with one prepared query per kind. An
// eager engine has one group for every view. A lazy one has a base group
// per view, shares of the other built-in policies of a view, and, for the
// AWS view, a group per set of collections that built-in policies read
// (partition); each is compiled once, when a document first needs it,
// together with the other groups that document needs (ensure).
type group struct {
	views []string
	// part names the collections of a partition group
	// ("iam.policies+iam.roles"), reads lists them; part names a share
	// ("1/2") with reads empty; both are empty for a base group. A group
	// with no reads evaluates every document of its views.
	part  string
	reads []string
	// size is how many policies the group compiles: Eval skips a group
	// without any.
	size int
	// ready is made when a caller takes the group's compilation on
	// (Engine.planMu) and closed when it is done; done is set then too,
	// so that Compiled reads took without waiting.
	ready chan struct{}
	done  atomic.Bool
	err   error
	// queries holds a prepared query per kind that has policies.
	queries map[model.Kind]*rego.PreparedEvalQuery
	// compiler, caps and single prepare the query of one policy alone,
	// used when a document's query of all policies fails (isolate.go).
	compiler *ast.Compiler
	caps     *ast.Capabilities
	single   map[int]*single
	// took is how long the compilation took.
	took time.Duration
}

// name is how Compiled shows the group: its views, and its part.
func (g *group) name() string {
	n := strings.Join(g.views, "+")
	if g.part != "" {
		n += ":" + g.part
	}
	return n
}

// evaluates reports whether a document whose view holds objects of the
// collections in present is evaluated by g.
func (g *group) evaluates(present map[string]bool) bool {
	return g.reads == nil || slices.ContainsFunc(g.reads, func(s string) bool { return present[s] })
}

// partOf is the group of a policy other than its view's base group, by
// its part: none in an eager engine.
func (e *Engine) partOf(p *policy) string {
	if !e.lazy {
		return ""
	}
	return e.parts[p.rule.ID]
}

// perShare is the fewest built-in policies a share of a view holds, and
// maxShares the most shares a view is dealt into: each share compiles the
// libraries its policies use again, which pays while each processor
// compiles a share of a few dozen kilobytes of Rego.
const (
	perShare  = 8
	maxShares = 4
)

// shares is how many shares n built-in policies of a view are dealt
// into: one per processor, with at least perShare policies each.
func shares(n int) int {
	return max(1, min(runtime.GOMAXPROCS(0), maxShares, n/perShare))
}

// shareName is the part of share i of n: "1/2".
func shareName(i, n int) string {
	return fmt.Sprintf("%d/%d", i+1, n)
}

// ensure compiles the groups a document needs that are not compiled yet,
// and waits for those another caller compiles. The groups it takes on are
// compiled several to a compiler, one compiler per processor (units), so
// that the libraries and the work every compilation does are paid once
// per processor rather than once per group. A compilation does not stop
// with its caller's context: its result, an error included, is kept for
// every later caller.
func (e *Engine) ensure(ctx context.Context, groups []*group) {
	var todo []*group
	e.planMu.Lock()
	for _, g := range groups {
		if g.ready == nil {
			g.ready = make(chan struct{})
			todo = append(todo, g)
		}
	}
	e.planMu.Unlock()
	us := units(todo, runtime.GOMAXPROCS(0))
	sideBySide(len(us), func(i int) {
		start := time.Now()
		err := e.compileUnit(context.WithoutCancel(ctx), us[i])
		took := time.Since(start)
		for _, g := range us[i] {
			g.err, g.took = err, took
			g.done.Store(true)
			close(g.ready)
		}
	})
	for _, g := range groups {
		<-g.ready
	}
}

// units deals groups into at most n units of about the same number of
// policies, the largest groups first.
func units(groups []*group, n int) [][]*group {
	n = min(n, len(groups))
	out := make([][]*group, n)
	sizes := make([]int, n)
	sorted := slices.Clone(groups)
	slices.SortStableFunc(sorted, func(a, b *group) int { return cmp.Compare(b.size, a.size) })
	for _, g := range sorted {
		i := slices.Index(sizes, slices.Min(sizes))
		out[i] = append(out[i], g)
		sizes[i] += g.size
	}
	return out
}

// sideBySide calls f(0) ... f(n-1), one per processor at a time, and
// returns when all have returned; f keeps its results by index.
func sideBySide(n int, f func(i int)) {
	if n == 1 {
		f(0)
		return
	}
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i := range n {
		g.Go(func() error {
			f(i)
			return nil
		})
	}
	_ = g.Wait() // f returns no error
}

// Compiled returns how long compiling took for each group compiled so
// far, by name: the view, with the part of a partition group or share
// ("aws:s3.buckets", "dockerfile:1/2"); views compiled together (an eager
// engine) share one figure, under their names joined by "+", and groups
// compiled in one unit (ensure) each show the unit's.
func (e *Engine) Compiled() map[string]time.Duration {
	out := map[string]time.Duration{}
	for _, v := range model.Views() {
		for _, g := range e.groups[v] {
			if g.done.Load() {
				out[g.name()] = g.took
			}
		}
	}
	return out
}

// compileUnit parses the files of groups gs (of the same views) whole,
// checks them as New checks the user's, type-checks each policy against
// its view's schema, compiles them in one compiler and prepares each
// group's queries.
func (e *Engine) compileUnit(ctx context.Context, gs []*group) error {
	var kinds []model.Kind
	for _, v := range gs[0].views {
		kinds = append(kinds, model.ViewKinds(v)...)
	}
	parts := map[string]int{}
	for i, g := range gs {
		parts[g.part] = i
	}
	srcs, mods, errs := e.groupSources(parts, kinds)
	if srcs == nil {
		return nil
	}
	pols, perrs := e.groupPolicies(srcs, mods)
	errs = append(errs, perrs...)
	if len(errs) > 0 {
		return fmt.Errorf("load policies: %w", joinErrors(errs))
	}
	index := func(p *policy) int { return e.byID[p.rule.ID] }
	groupOf := func(p *policy) int { return parts[e.partOf(p)] }
	for _, p := range pols {
		if e.typeChecks(p.rule.Builtin) {
			annotateSchema(p, e.schemas)
		}
	}

	collector, withPolicies := collectorModule(pols, kinds, index, groupOf)
	if len(withPolicies) == 0 {
		return nil
	}
	cm, err := ast.ParseModuleWithOpts(internalPackage+".rego", collector, ast.ParserOptions{RegoVersion: ast.RegoV1, Capabilities: parserCapabilities()})
	if err != nil {
		return fmt.Errorf("load policies: generated module: %w", err)
	}
	mods[internalPackage] = cm

	schemas, err := schemaSet(e.groupSchemas(gs[0].views, srcs))
	if err != nil {
		return fmt.Errorf("load policies: %w", err)
	}
	caps, removed := capabilities()
	compiler := ast.NewCompiler().
		WithCapabilities(caps).
		WithSchemas(schemas).
		WithUseTypeCheckAnnotations(true).
		WithEnablePrintStatements(false)
	if !slices.ContainsFunc(srcs, func(s source) bool { return e.typeChecks(s.builtin) }) {
		compiler = compiler.WithSkipStages(checkOnlyStages...)
	}
	if compiler.Compile(mods); compiler.Failed() {
		return fmt.Errorf("compile policies: %w", joinErrors(explainRemoved(compiler.Errors, removed)))
	}

	if err := e.setReads(compiler, pols); err != nil {
		return err
	}

	for i, g := range gs {
		queries := map[model.Kind]*rego.PreparedEvalQuery{}
		for _, k := range withPolicies[i] {
			pq, err := rego.New(
				rego.Compiler(compiler),
				rego.Capabilities(caps),
				rego.Query("data."+internalPackage+"."+ruleName(k, i)),
				rego.StrictBuiltinErrors(true),
			).PrepareForEval(ctx)
			if err != nil {
				return fmt.Errorf("prepare %s query: %w", k, err)
			}
			queries[k] = &pq
		}
		g.queries, g.compiler, g.caps = queries, compiler, caps
		g.single = map[int]*single{}
		for _, p := range pols {
			if groupOf(p) == i {
				g.single[index(p)] = &single{pkg: p.pkg, deny: p.deny, warn: p.warn}
			}
		}
	}
	return nil
}

// parseGroup parses a group's files, with annotations for those it
// type-checks. A built-in file parsed without them is kept and shared by
// the groups that compile it (every AWS partition needs the libraries):
// the compiler works on copies.
func (e *Engine) parseGroup(srcs []source) (map[string]*ast.Module, []error) {
	mods := make(map[string]*ast.Module, len(srcs))
	var todo []source
	e.parsedMu.Lock()
	for _, s := range srcs {
		if m, ok := e.parsed[moduleKey(s)]; ok {
			mods[moduleKey(s)] = m
		} else {
			todo = append(todo, s)
		}
	}
	e.parsedMu.Unlock()
	fresh, errs := parse(todo, func(s source) bool { return e.typeChecks(s.builtin) })
	e.parsedMu.Lock()
	defer e.parsedMu.Unlock()
	for _, s := range todo {
		m, ok := fresh[moduleKey(s)]
		if !ok {
			continue
		}
		mods[moduleKey(s)] = m
		if !e.typeChecks(s.builtin) {
			e.parsed[moduleKey(s)] = m
		}
	}
	return mods, errs
}

// groupPolicies are the loaded policies among a group's files, with what
// only the whole file shows: its module and whether it defines deny and
// warn. The user's files were checked whole by New; a built-in file read
// from its header or the index is checked here, the index against what
// the policy reads once compiled (setReads).
func (e *Engine) groupPolicies(srcs []source, mods map[string]*ast.Module) ([]*policy, []error) {
	byFile := make(map[string]int, len(e.pols))
	for i, p := range e.pols {
		byFile[moduleKey(source{file: p.rule.File, builtin: p.rule.Builtin})] = i
	}
	var out []*policy
	var errs []error
	for _, s := range srcs {
		i, ok := byFile[moduleKey(s)]
		m := mods[moduleKey(s)]
		if !ok || m == nil {
			continue // a library, or a parse error already reported
		}
		p := *e.pols[i]
		if !m.Package.Path.Equal(p.pkg) {
			errs = append(errs, fmt.Errorf("%s: policy %s is not the one loaded", s.file, p.rule.ID))
			continue
		}
		deny, warn, rerrs := resultRules(m)
		switch {
		case len(rerrs) > 0:
			errs = append(errs, rerrs...)
			continue
		case !deny && !warn:
			errs = append(errs, errAt(m.Package.Location, "policy %s defines neither deny nor warn", p.rule.Package))
			continue
		}
		p.mod, p.deny, p.warn = m, deny, warn
		out = append(out, &p)
	}
	slices.SortFunc(out, func(a, b *policy) int { return strings.Compare(a.rule.ID, b.rule.ID) })
	return out, errs
}

// groupSources parses the files the groups of the given parts compile
// whole: their policies that apply to kinds (opt-in ones not enabled too,
// so an error in them is found), every library of the user's, and the
// built-in libraries those refer to, directly or through one another. It
// returns nil sources when no policy applies.
func (e *Engine) groupSources(parts map[string]int, kinds []model.Kind) ([]source, map[string]*ast.Module, []error) {
	policyFile := map[string]bool{}
	mine := map[string]bool{}
	for _, p := range e.pols {
		key := moduleKey(source{file: p.rule.File, builtin: p.rule.Builtin})
		policyFile[key] = true
		if _, ok := parts[e.partOf(p)]; ok && appliesTo(p, kinds) {
			mine[key] = true
		}
	}
	if len(mine) == 0 {
		return nil, nil, nil
	}
	var srcs, libs []source
	for _, s := range e.srcs {
		switch k := moduleKey(s); {
		case mine[k] || (!policyFile[k] && !s.builtin):
			srcs = append(srcs, s)
		case !policyFile[k]:
			libs = append(libs, s)
		}
	}
	mods, errs := e.parseGroup(srcs)
	var refs []ast.Ref
	for _, m := range mods {
		refs = append(refs, dataRefs(m)...)
	}
	// Add the built-in libraries referred to until none is left to add.
	for added := true; added; {
		added = false
		rest := libs[:0]
		for _, s := range libs {
			pkg := e.pkgs[moduleKey(s)]
			if pkg != nil && !slices.ContainsFunc(refs, func(r ast.Ref) bool { return r.HasPrefix(pkg) || pkg.HasPrefix(r) }) {
				rest = append(rest, s)
				continue
			}
			m, perrs := e.parseGroup([]source{s})
			errs = append(errs, perrs...)
			for k, mod := range m {
				mods[k] = mod
				refs = append(refs, dataRefs(mod)...)
			}
			srcs = append(srcs, s)
			added = true
		}
		libs = rest
	}
	return srcs, mods, errs
}

// dataRefs are the documents under data a module refers to, through its
// imports or directly, each cut to its leading constant strings
// (data.shipgate.lib.secrets for lib.secrets.looks_secret(x) under
// "import data.shipgate.lib").
func dataRefs(m *ast.Module) []ast.Ref {
	aliases := map[ast.Var]ast.Ref{}
	var out []ast.Ref
	for _, imp := range m.Imports {
		path, ok := imp.Path.Value.(ast.Ref)
		if !ok || !path.HasPrefix(ast.DefaultRootRef) {
			continue
		}
		name := imp.Alias
		if name == "" {
			last, ok := path[len(path)-1].Value.(ast.String)
			if !ok {
				continue
			}
			name = ast.Var(last)
		}
		aliases[name] = path
	}
	var visit func(t *ast.Term) bool
	visit = func(t *ast.Term) bool {
		switch v := t.Value.(type) {
		case ast.Var:
			// An import used as a whole value.
			if path, ok := aliases[v]; ok {
				out = append(out, path.StringPrefix())
			}
		case ast.Ref:
			if head, ok := v[0].Value.(ast.Var); ok {
				if path, alias := aliases[head]; alias {
					out = append(out, path.Concat(v[1:]).StringPrefix())
				} else if head.Equal(ast.DefaultRootDocument.Value) {
					out = append(out, v.StringPrefix())
				}
			}
			// Terms inside the ref (x[data.y.z]) may refer too; its head
			// is done.
			for _, sub := range v[1:] {
				ast.WalkTerms(sub, visit)
			}
			return true
		}
		return false
	}
	// The rules only: an import's own path is no reference until used.
	for _, rule := range m.Rules {
		ast.WalkTerms(rule, visit)
	}
	return out
}

// setReads works out what each AWS policy of a compiled group reads
// (compiledReads). A group compiled by New — every group of an eager
// engine, the base groups with the user's policies — records it in the
// policy's Rule; a built-in policy known from the index must read what
// the index says, since its partition was chosen by it.
func (e *Engine) setReads(c *ast.Compiler, pols []*policy) error {
	for _, p := range pols {
		if !awsOnly(p.rule) {
			continue
		}
		reads := compiledReads(c, p.pkg, model.ViewAWS)
		switch i := e.byID[p.rule.ID]; {
		case e.indexed && p.rule.Builtin:
			if !sameReads(reads, p.rule.Reads) {
				return staleIndex(p.rule.File, "what the policy reads")
			}
		case !e.lazy || !p.rule.Builtin:
			e.pols[i].rule.Reads = reads
		}
	}
	return nil
}

// checkOnlyStages are the compiler stages that only look for mistakes.
// A lazy engine skips them for a group of built-in files alone: every
// eager compile (TestIndex, policies list, policies test) runs them on
// all the built-in files together, and a group is a part of that.
var checkOnlyStages = []ast.StageID{
	ast.StageCheckUnusedImports, ast.StageCheckKeywordOverrides, ast.StageCheckDuplicateImports,
	ast.StageCheckVoidCalls, ast.StageCheckRuleConflicts,
	ast.StageCheckRecursion, ast.StageCheckTypes, ast.StageCheckDeprecatedBuiltins,
	ast.StageBuildRequiredCapabilities,
}

// typeChecks reports whether a policy is type-checked when its group
// compiles. A scan (lazy) leaves the type check of the built-in policies
// to their tests and to every eager compile (policies list, policies
// test, TestRuleReference), which check them all: it is 10-15% of a
// one-file scan. The user's policies are always checked.
func (e *Engine) typeChecks(builtin bool) bool { return !builtin || !e.lazy }

// groupSchemas are the view schemas a group's type checker needs: none
// when it checks no policy, every view's when it compiles files of the
// user's, whose METADATA may name any schema, else its own views'.
func (e *Engine) groupSchemas(views []string, srcs []source) map[string]map[string]any {
	if !slices.ContainsFunc(srcs, func(s source) bool { return e.typeChecks(s.builtin) }) {
		return nil
	}
	if slices.ContainsFunc(srcs, func(s source) bool { return !s.builtin }) {
		return e.schemas
	}
	out := map[string]map[string]any{}
	for _, v := range views {
		if s, ok := e.schemas[v]; ok {
			out[v] = s
		}
	}
	return out
}
