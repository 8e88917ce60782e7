package terraform

import (
	"slices"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// bodyExprs lists every expression of a body, nested blocks included.
func bodyExprs(b hcl.Body) []hcl.Expression {
	var out []hcl.Expression
	sb, ok := b.(*hclsyntax.Body)
	if !ok {
		attrs, _ := b.JustAttributes()
		for _, a := range attrs {
			out = append(out, a.Expr)
		}
		return out
	}
	for _, a := range sb.Attributes {
		out = append(out, a.Expr)
	}
	for _, blk := range sb.Blocks {
		out = append(out, bodyExprs(blk.Body)...)
	}
	return out
}

// nodeExprs maps each node of a module (local.x, module.x, a resource key)
// to the expressions it evaluates.
func nodeExprs(m *module) map[string][]hcl.Expression {
	out := map[string][]hcl.Expression{}
	for name, a := range m.locals {
		out["local."+name] = []hcl.Expression{a.Expr}
	}
	for _, r := range m.resources {
		exprs := bodyExprs(r.body)
		for _, x := range []hcl.Expression{r.count, r.forEach} {
			if x != nil {
				exprs = append(exprs, x)
			}
		}
		out[r.key()] = exprs
	}
	for _, c := range m.calls {
		var exprs []hcl.Expression
		for _, a := range c.inputs {
			exprs = append(exprs, a.Expr)
		}
		for _, x := range []hcl.Expression{c.count, c.forEach} {
			if x != nil {
				exprs = append(exprs, x)
			}
		}
		out["module."+c.name] = exprs
	}
	return out
}

// traversalNode is the node a traversal reads (local.x, module.x,
// data.t.n, t.n for a managed type the module declares), "" for others.
func traversalNode(t hcl.Traversal, managed map[string]bool) string {
	root := t.RootName()
	attr := func(i int) string {
		if i < len(t) {
			if a, ok := t[i].(hcl.TraverseAttr); ok {
				return a.Name
			}
		}
		return ""
	}
	switch {
	case root == "local" && attr(1) != "":
		return "local." + attr(1)
	case root == "module" && attr(1) != "":
		return "module." + attr(1)
	case root == "data" && attr(1) != "" && attr(2) != "":
		return "data." + attr(1) + "." + attr(2)
	case managed[root] && attr(1) != "":
		return root + "." + attr(1)
	}
	return ""
}

// order returns the module's nodes in an order where each comes after the
// nodes it reads; nodes in a cycle come last, by name, and read what is
// known by then (the rest is unknown).
func order(m *module) []string {
	managed := map[string]bool{}
	for _, r := range m.resources {
		if r.mode == "managed" {
			managed[r.typ] = true
		}
	}
	exprs := nodeExprs(m)
	deps := map[string]map[string]bool{}
	users := map[string][]string{}
	for node, xs := range exprs {
		deps[node] = map[string]bool{}
		for _, x := range xs {
			for _, t := range x.Variables() {
				d := traversalNode(t, managed)
				if _, ok := exprs[d]; ok && d != node && !deps[node][d] {
					deps[node][d] = true
					users[d] = append(users[d], node)
				}
			}
		}
	}
	var ready, out []string
	for node, d := range deps {
		if len(d) == 0 {
			ready = append(ready, node)
		}
	}
	done := map[string]bool{}
	for len(ready) > 0 {
		slices.Sort(ready)
		node := ready[0]
		ready = ready[1:]
		out = append(out, node)
		done[node] = true
		for _, u := range users[node] {
			delete(deps[u], node)
			if len(deps[u]) == 0 && !done[u] && !slices.Contains(ready, u) {
				ready = append(ready, u)
			}
		}
	}
	var rest []string
	for node := range deps {
		if !done[node] {
			rest = append(rest, node)
		}
	}
	slices.Sort(rest)
	return append(out, rest...)
}

// referencedAttrs collects, for each resource key, the attribute names the
// module reads of it (aws_kms_key.k.arn, aws_s3_bucket.b[0].id), and under
// "*roots" every root name any expression reads.
func referencedAttrs(m *module) map[string]map[string]bool {
	managed := map[string]bool{}
	for _, r := range m.resources {
		if r.mode == "managed" {
			managed[r.typ] = true
		}
	}
	out := map[string]map[string]bool{"*roots": {}}
	add := func(x hcl.Expression) {
		for _, t := range x.Variables() {
			out["*roots"][t.RootName()] = true
			node := traversalNode(t, managed)
			if node == "" || node[:6] == "local." || (len(node) > 7 && node[:7] == "module.") {
				continue
			}
			// Skip the node's own steps, and an index after them.
			i := 2
			if t.RootName() == "data" {
				i = 3
			}
			if i < len(t) {
				if _, ok := t[i].(hcl.TraverseIndex); ok {
					i++
				}
			}
			if i < len(t) {
				if a, ok := t[i].(hcl.TraverseAttr); ok {
					if out[node] == nil {
						out[node] = map[string]bool{}
					}
					out[node][a.Name] = true
				}
			}
		}
	}
	for _, xs := range nodeExprs(m) {
		for _, x := range xs {
			add(x)
		}
	}
	for _, a := range m.outputs {
		add(a.Expr)
	}
	return out
}
