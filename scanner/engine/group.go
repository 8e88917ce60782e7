package engine

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/shipgate/shipgate/scanner/model"
)

// group is the compiled form of the policies that apply to the kinds of
// some views: every library file, those policies, and the generated
// collector module, in one compiler, with one prepared query per kind. An
// eager engine has one group for every view; a lazy one a group per view,
// compiled once, when first needed.
type group struct {
	views []string
	once  sync.Once
	// done is set once compiled: Compiled reads took without waiting.
	done atomic.Bool
	err  error
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

// ensure compiles g the first time one of its kinds is evaluated. The
// compilation does not stop with the first caller's context: its result,
// an error included, is kept for every later caller.
func (e *Engine) ensure(ctx context.Context, g *group) error {
	g.once.Do(func() {
		start := time.Now()
		g.err = e.compileGroup(context.WithoutCancel(ctx), g)
		g.took = time.Since(start)
		g.done.Store(true)
	})
	return g.err
}

// Compiled returns how long compiling took for each view compiled so
// far, by view; views compiled together (an eager engine) share one
// figure, under their names joined by "+".
func (e *Engine) Compiled() map[string]time.Duration {
	out := map[string]time.Duration{}
	for _, v := range model.Views() {
		g := e.groups[v]
		if g == nil || !g.done.Load() {
			continue
		}
		out[strings.Join(g.views, "+")] = g.took
	}
	return out
}

// compileGroup parses g's files whole, checks them as New checks the
// user's, type-checks each policy against its view's schema, compiles
// them and prepares the queries.
func (e *Engine) compileGroup(ctx context.Context, g *group) error {
	var kinds []model.Kind
	for _, v := range g.views {
		kinds = append(kinds, model.ViewKinds(v)...)
	}
	srcs, mods, errs := e.groupSources(kinds)
	if srcs == nil {
		return nil
	}
	pols, perrs := findPolicies(srcs, mods)
	errs = append(errs, perrs...)
	if len(errs) > 0 {
		return fmt.Errorf("load policies: %w", joinErrors(errs))
	}
	index := func(p *policy) int { return e.byID[p.rule.ID] }
	for _, p := range pols {
		i, ok := e.byID[p.rule.ID]
		if !ok || e.pols[i].rule.File != p.rule.File {
			// The header said otherwise than the whole file.
			return fmt.Errorf("load policies: %s: policy %s is not the one loaded", p.rule.File, p.rule.ID)
		}
		p.off = e.pols[i].off
		if e.typeChecks(p.rule.Builtin) {
			annotateSchema(p, e.schemas)
		}
	}

	collector, withPolicies := collectorModule(pols, kinds, index)
	if len(withPolicies) == 0 {
		return nil
	}
	cm, err := ast.ParseModuleWithOpts(internalPackage+".rego", collector, ast.ParserOptions{RegoVersion: ast.RegoV1})
	if err != nil {
		return fmt.Errorf("load policies: generated module: %w", err)
	}
	mods[internalPackage] = cm

	schemas, err := schemaSet(e.groupSchemas(g.views, srcs))
	if err != nil {
		return fmt.Errorf("load policies: %w", err)
	}
	caps, removed := capabilities()
	compiler := ast.NewCompiler().
		WithCapabilities(caps).
		WithSchemas(schemas).
		WithUseTypeCheckAnnotations(true).
		WithEnablePrintStatements(false)
	if compiler.Compile(mods); compiler.Failed() {
		return fmt.Errorf("compile policies: %w", joinErrors(explainRemoved(compiler.Errors, removed)))
	}

	queries := map[model.Kind]*rego.PreparedEvalQuery{}
	for _, k := range withPolicies {
		pq, err := rego.New(
			rego.Compiler(compiler),
			rego.Capabilities(caps),
			rego.Query("data."+internalPackage+"."+ruleName(k)),
			rego.StrictBuiltinErrors(true),
		).PrepareForEval(ctx)
		if err != nil {
			return fmt.Errorf("prepare %s query: %w", k, err)
		}
		queries[k] = &pq
	}
	g.queries, g.compiler, g.caps = queries, compiler, caps
	g.single = make(map[int]*single, len(pols))
	for _, p := range pols {
		g.single[index(p)] = &single{pkg: p.pkg, deny: p.deny, warn: p.warn}
	}
	return nil
}

// groupSources parses the files a group compiles whole: the policies that
// apply to kinds (opt-in ones not enabled too, so an error in them is
// found), every library of the user's, and the built-in libraries those
// refer to, directly or through one another. It returns nil sources when
// no policy applies.
func (e *Engine) groupSources(kinds []model.Kind) ([]source, map[string]*ast.Module, []error) {
	policyFile := map[string]bool{}
	mine := map[string]bool{}
	for _, p := range e.pols {
		key := moduleKey(source{file: p.rule.File, builtin: p.rule.Builtin})
		policyFile[key] = true
		if appliesTo(p, kinds) {
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
	mods, errs := parse(srcs)
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
			m, perrs := parse([]source{s})
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
