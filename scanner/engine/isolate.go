package engine

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/shipgate/shipgate/scanner/model"
)

// PolicyError is one policy failing on a document: a builtin error, its
// time limit, or a result of the wrong shape. Eval still returns the
// results of every other policy.
type PolicyError struct {
	RuleID string
	Err    error
}

func (e *PolicyError) Error() string { return "policy " + e.RuleID + ": " + e.Err.Error() }

// Unwrap returns the policy's own error (ErrTimeout, a topdown error).
func (e *PolicyError) Unwrap() error { return e.Err }

// single is the query of one policy alone, prepared the first time a
// document needs it: only when the query of all policies failed.
type single struct {
	once  sync.Once
	query *rego.PreparedEvalQuery
	err   error
	// pkg, deny and warn say what to query.
	pkg        ast.Ref
	deny, warn bool
}

// prepare prepares the query of policy i: its deny and warn sets, bound to
// d and w.
func (e *Engine) prepare(ctx context.Context, g *group, i int) (*rego.PreparedEvalQuery, error) {
	s := g.single[i]
	s.once.Do(func() {
		query := ""
		if s.deny {
			query = "d := " + s.pkg.String() + ".deny"
		}
		if s.warn {
			if query != "" {
				query += "; "
			}
			query += "w := " + s.pkg.String() + ".warn"
		}
		pq, err := rego.New(
			rego.Compiler(g.compiler),
			rego.Capabilities(g.caps),
			rego.Query(query),
			rego.StrictBuiltinErrors(true),
		).PrepareForEval(ctx)
		if err != nil {
			s.err = fmt.Errorf("prepare query: %w", err)
			return
		}
		s.query = &pq
	})
	return s.query, s.err
}

// evalEach evaluates every policy that applies to kind on its own, each
// with the time limit. It runs when evaluating them together failed: the
// failure is pinned on its policy, and the other policies' results are
// kept rather than lost with it.
func (e *Engine) evalEach(ctx context.Context, g *group, kind model.Kind, value ast.Value) ([]Result, error) {
	var out []Result
	var errs []error
	for i, r := range e.rules {
		if e.pols[i].off || g.single[i] == nil || (len(r.Kinds) > 0 && !slices.Contains(r.Kinds, kind)) {
			continue
		}
		res, err := e.evalPolicy(ctx, g, i, value)
		if ctx.Err() != nil {
			return nil, fmt.Errorf("evaluate %s: %w", kind, ctx.Err())
		}
		out = append(out, res...)
		if err != nil {
			errs = append(errs, fmt.Errorf("evaluate %s: %w", kind, err))
		}
	}
	slices.SortFunc(out, compareResults)
	return out, errors.Join(errs...)
}

// evalPolicy evaluates policy i alone. Its results of the right shape are
// returned even when others are not.
func (e *Engine) evalPolicy(ctx context.Context, g *group, i int, value ast.Value) ([]Result, error) {
	id := e.rules[i].ID
	s := g.single[i]
	if s == nil {
		return nil, &PolicyError{RuleID: id, Err: fmt.Errorf("not compiled for this kind")}
	}
	pq, err := e.prepare(ctx, g, i)
	if err != nil {
		return nil, &PolicyError{RuleID: id, Err: err}
	}
	tctx, cancel := context.WithTimeout(ctx, e.timeout)
	defer cancel()
	rs, err := pq.Eval(tctx, rego.EvalParsedInput(value))
	switch {
	case err != nil && errors.Is(tctx.Err(), context.DeadlineExceeded) && ctx.Err() == nil:
		return nil, &PolicyError{RuleID: id, Err: fmt.Errorf("%w (%s)", ErrTimeout, e.timeout)}
	case err != nil:
		return nil, &PolicyError{RuleID: id, Err: err}
	case len(rs) == 0:
		return nil, nil
	}
	var out []Result
	var errs []error
	for name, warn := range map[string]bool{"d": false, "w": true} {
		items, _ := rs[0].Bindings[name].([]any)
		for _, it := range items {
			r, err := e.resultOf(i, warn, it)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			out = append(out, r)
		}
	}
	if len(errs) > 0 {
		return out, joinErrors(errs)
	}
	return out, nil
}
