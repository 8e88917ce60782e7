package engine

import (
	"maps"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/shipgate/shipgate/scanner/model"
)

// This file works out which part of a view a policy reads, so that a lazy
// engine compiles and evaluates a built-in AWS policy only for documents
// that declare a resource it can be about (group.go), and so that a
// compliance summary knows which resources a rule examined.

// readsOf collects the input references of x (a rule, a module) for a
// policy of view: the collections under input.<view> it names
// ("s3.buckets", or "s3" for a whole service). whole is true when it
// reads the input in a way that cannot be cut down so (input.raw,
// input.aws[x], input itself). The document's own name and kind
// (input.path, input.kind) are not data a finding depends on the
// presence of, and are left out.
func readsOf(x any, view string, reads map[string]bool) (whole bool) {
	ast.WalkRefs(x, func(ref ast.Ref) bool {
		if !ref.HasPrefix(ast.InputRootRef) {
			return false
		}
		parts := constantPrefix(ref[1:])
		switch {
		case len(parts) > 0 && (parts[0] == "path" || parts[0] == "kind"):
		case len(parts) >= 3 && parts[0] == view:
			reads[parts[1]+"."+parts[2]] = true
		case len(parts) == 2 && parts[0] == view:
			reads[parts[1]] = true
		default:
			whole = true
		}
		return false
	})
	return whole
}

// constantPrefix is the leading string keys of a ref's tail.
func constantPrefix(terms []*ast.Term) []string {
	var out []string
	for _, t := range terms {
		s, ok := t.Value.(ast.String)
		if !ok {
			break
		}
		out = append(out, string(s))
	}
	return out
}

// rawAt is the library function that reads input.raw at a pointer taken
// from a view object (an attribute's src). A policy that reads the raw
// document only through it still reports only objects of the collections
// it reads, so it is not taken as reading the input whole;
// scanner.TestPartitionedPoliciesNeedTheirCollections checks it of every
// built-in policy.
const rawAt = "data.shipgate.lib.raw_at"

// compiledReads is what the policy of package pkg reads of view, in
// compiler c: the input references of its rules and of every rule they
// depend on, library functions included. It is nil when the policy reads
// the input whole or nothing of the view (a policy about the raw
// document), else sorted.
func compiledReads(c *ast.Compiler, pkg ast.Ref, view string) []string {
	var queue []*ast.Rule
	for _, m := range c.Modules {
		if m.Package.Path.Equal(pkg) {
			queue = append(queue, m.Rules...)
		}
	}
	seen := map[*ast.Rule]bool{}
	reads := map[string]bool{}
	for len(queue) > 0 {
		r := queue[0]
		queue = queue[1:]
		if seen[r] {
			continue
		}
		seen[r] = true
		if readsOf(r, view, reads) {
			return nil
		}
		for dep := range c.Graph.Dependencies(r) {
			if d, ok := dep.(*ast.Rule); ok && d.Path().String() != rawAt {
				queue = append(queue, d)
			}
		}
	}
	if len(reads) == 0 {
		return nil
	}
	return slices.Sorted(maps.Keys(reads))
}

// partition is the group a lazy engine compiles a built-in policy in:
// "" unless the policy belongs to the AWS view alone and reads only some
// of its collections, then those collections joined by "+"
// ("iam.policies+iam.roles").
func partition(r model.Rule) string {
	if !r.Builtin || len(r.Reads) == 0 || len(r.Kinds) == 0 {
		return ""
	}
	for _, k := range r.Kinds {
		if model.ViewOf(k) != model.ViewAWS {
			return ""
		}
	}
	return strings.Join(r.Reads, "+")
}

// present lists the collections of a document's view that hold at least
// one object, as Reads names them: "s3.buckets" when
// input.<view>.s3.buckets is a non-empty list, and "s3" for the service.
func present(input map[string]any, view string) map[string]bool {
	v, _ := input[view].(map[string]any)
	out := make(map[string]bool, len(v))
	for svc, colls := range v {
		cs, _ := colls.(map[string]any)
		for name, c := range cs {
			if l, ok := c.([]any); ok && len(l) > 0 {
				out[svc] = true
				out[svc+"."+name] = true
			}
		}
	}
	return out
}
