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
	// Extra lists the user's policy files and directories (--policy),
	// read from disk. Directories are walked recursively for .rego files.
	Extra []string
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
}

// Engine holds compiled policies and one prepared query per input kind. It
// is immutable after New and safe for concurrent use.
type Engine struct {
	rules []model.Rule
	// active are the rules that run: all but the opt-in rules not enabled.
	active  []model.Rule
	byID    map[string]int
	queries map[model.Kind]*rego.PreparedEvalQuery
	timeout time.Duration
	// compiler, caps and single prepare the query of one policy alone,
	// used when a document's query of all policies fails (isolate.go).
	compiler *ast.Compiler
	caps     *ast.Capabilities
	single   []*single
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

// New loads, checks and compiles the built-in and extra policies and
// prepares one query per input kind. Errors carry file:line.
func New(ctx context.Context, opts Options) (*Engine, error) {
	var srcs []source
	if opts.Builtin != nil {
		b, err := readFS(opts.Builtin, true, false)
		if err != nil {
			return nil, err
		}
		srcs = append(srcs, b...)
	}
	extra, err := readPaths(opts.Extra, false)
	if err != nil {
		return nil, err
	}
	srcs = append(srcs, extra...)

	mods, errs := parse(srcs)
	pols, perrs := findPolicies(srcs, mods)
	errs = append(errs, perrs...)
	if len(errs) > 0 {
		return nil, fmt.Errorf("load policies: %w", joinErrors(errs))
	}

	e := &Engine{
		byID:    make(map[string]int, len(pols)),
		queries: map[model.Kind]*rego.PreparedEvalQuery{},
		timeout: cmp.Or(opts.Timeout, DefaultTimeout),
	}
	if err := selectRules(pols, opts); err != nil {
		return nil, err
	}
	for i, p := range pols {
		annotateSchema(p, opts.Schemas)
		e.rules = append(e.rules, p.rule)
		e.byID[p.rule.ID] = i
		if !p.off {
			e.active = append(e.active, p.rule)
		}
	}

	collector, kinds := collectorModule(pols)
	if len(kinds) == 0 {
		return e, nil
	}
	cm, err := ast.ParseModuleWithOpts(internalPackage+".rego", collector, ast.ParserOptions{RegoVersion: ast.RegoV1})
	if err != nil {
		return nil, fmt.Errorf("load policies: generated module: %w", err)
	}
	mods[internalPackage] = cm

	schemas, err := schemaSet(opts.Schemas)
	if err != nil {
		return nil, fmt.Errorf("load policies: %w", err)
	}
	caps, removed := capabilities()
	compiler := ast.NewCompiler().
		WithCapabilities(caps).
		WithSchemas(schemas).
		WithUseTypeCheckAnnotations(true).
		WithEnablePrintStatements(false)
	if compiler.Compile(mods); compiler.Failed() {
		return nil, fmt.Errorf("compile policies: %w", joinErrors(explainRemoved(compiler.Errors, removed)))
	}

	for _, k := range kinds {
		pq, err := rego.New(
			rego.Compiler(compiler),
			rego.Capabilities(caps),
			rego.Query("data."+internalPackage+"."+ruleName(k)),
			rego.StrictBuiltinErrors(true),
		).PrepareForEval(ctx)
		if err != nil {
			return nil, fmt.Errorf("prepare %s query: %w", k, err)
		}
		e.queries[k] = &pq
	}
	e.compiler, e.caps, e.single = compiler, caps, singles(pols)
	return e, nil
}

// collectorModule writes the Rego module whose rule per kind gathers
// {"i": policy index, "warn": bool, "r": result} from every applicable
// policy, so one prepared query evaluates them all. It returns the kinds
// that have at least one policy.
func collectorModule(pols []*policy) (string, []model.Kind) {
	var b strings.Builder
	fmt.Fprintf(&b, "package %s\n\n", internalPackage)
	var kinds []model.Kind
	for _, k := range model.Kinds {
		n := 0
		for i, p := range pols {
			if p.off || (len(p.rule.Kinds) > 0 && !slices.Contains(p.rule.Kinds, k)) {
				continue
			}
			for _, r := range []struct {
				name string
				ok   bool
			}{{"deny", p.deny}, {"warn", p.warn}} {
				if !r.ok {
					continue
				}
				fmt.Fprintf(&b, "%s contains {\"i\": %d, \"warn\": %t, \"r\": r} if {\n\tsome r in %s.%s\n}\n\n",
					ruleName(k), i, r.name == "warn", p.pkg.String(), r.name)
				n++
			}
		}
		if n > 0 {
			kinds = append(kinds, k)
		}
	}
	return b.String(), kinds
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

// ruleName is the collector rule for a kind: kind names hold dashes.
func ruleName(k model.Kind) string {
	return "kind_" + strings.ReplaceAll(string(k), "-", "_")
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
// results of every other policy. All policies are evaluated in one query;
// when that fails, each is evaluated alone with the time limit, so one
// failing policy does not hide the findings of the others.
func (e *Engine) Eval(ctx context.Context, kind model.Kind, input map[string]any) ([]Result, error) {
	pq, ok := e.queries[kind]
	if !ok {
		if !slices.Contains(model.Kinds, kind) {
			return nil, fmt.Errorf("evaluate: unknown kind %q", kind)
		}
		return nil, nil
	}
	value, err := ast.InterfaceToValue(input)
	if err != nil {
		return nil, fmt.Errorf("evaluate %s: convert input: %w", kind, err)
	}

	tctx, cancel := context.WithTimeout(ctx, e.timeout)
	defer cancel()
	rs, err := pq.Eval(tctx, rego.EvalParsedInput(value))
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("evaluate %s: %w", kind, ctx.Err())
		}
		return e.evalEach(ctx, kind, value)
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
	slices.SortFunc(out, compareResults)
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
