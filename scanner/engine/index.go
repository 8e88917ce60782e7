package engine

import (
	"context"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/shipgate/shipgate/scanner/model"
)

// Index lists the metadata of every policy of a built-in policy FS and
// every library's package (BuildIndex). A lazy engine given it
// (Options.Index) reads it instead of parsing the METADATA of every
// policy, whose YAML costs more than the rest of a one-file scan as the
// library grows, and reads a file only when a group compiles it, which
// checks the index against the whole file. policies.Index is generated
// from it as Go data, so that a scan does not even decode it.
type Index struct {
	Policies  []model.Rule
	Libraries []IndexLib
}

// IndexLib is a library file and its package ("data.shipgate.lib").
type IndexLib struct {
	File    string
	Package string
}

// BuildIndex loads, checks and compiles every policy and library of fsys,
// as an eager engine does, and returns the index a lazy engine reads.
func BuildIndex(ctx context.Context, fsys fs.FS, schemas map[string]map[string]any) (*Index, error) {
	e, err := New(ctx, Options{Builtin: fsys, Schemas: schemas})
	if err != nil {
		return nil, err
	}
	idx := &Index{Policies: e.Rules()}
	files := map[string]bool{}
	for _, r := range idx.Policies {
		files[r.File] = true
	}
	for _, s := range e.srcs {
		if !files[s.file] {
			idx.Libraries = append(idx.Libraries, IndexLib{File: s.file, Package: e.pkgs[moduleKey(s)].String()})
		}
	}
	return idx, nil
}

// awsOnly reports whether a rule applies to kinds of the AWS view only.
func awsOnly(r model.Rule) bool {
	return len(r.Kinds) > 0 && !slices.ContainsFunc(r.Kinds, func(k model.Kind) bool { return model.ViewOf(k) != model.ViewAWS })
}

// modules turns the index into the header modules New would have parsed
// from the files — the package and, for a policy, its METADATA — so that
// findPolicies checks them with the user's.
func (idx *Index) modules(srcs []source) (map[string]*ast.Module, error) {
	byFile := map[string]source{}
	for _, s := range srcs {
		byFile[s.file] = s
	}
	mods := make(map[string]*ast.Module, len(srcs))
	add := func(file, pkg string, meta *ast.Annotations) error {
		s, ok := byFile[file]
		if !ok {
			return fmt.Errorf("the policy index names %s, which is not among the built-in policies; %s", file, updateIndex)
		}
		name, ok := strings.CutPrefix(pkg, "data.")
		if !ok || name == "" {
			return fmt.Errorf("the policy index gives %s the package %q", file, pkg)
		}
		path := ast.Ref{ast.DefaultRootDocument}
		for _, part := range strings.Split(name, ".") {
			path = append(path, ast.StringTerm(part))
		}
		loc := &ast.Location{File: file, Row: 1, Col: 1}
		m := &ast.Module{Package: &ast.Package{Path: path, Location: loc}}
		if meta != nil {
			meta.Scope, meta.Location = "package", loc
			m.Annotations = []*ast.Annotations{meta}
		}
		mods[moduleKey(s)] = m
		return nil
	}
	for _, r := range idx.Policies {
		custom := map[string]any{"id": r.ID, "severity": r.Severity.String()}
		if len(r.Kinds) > 0 {
			custom["kinds"] = anyList(r.Kinds)
		}
		if r.Remediation != "" {
			custom["remediation"] = r.Remediation
		}
		if r.Frameworks != nil {
			custom["frameworks"] = anyList(r.Frameworks)
		}
		if r.Aliases != nil {
			custom["aliases"] = anyList(r.Aliases)
		}
		if r.Secret {
			custom["secret"] = true
		}
		if r.OptIn {
			custom["opt_in"] = true
		}
		if err := add(r.File, "data."+r.Package, &ast.Annotations{Title: r.Title, Description: r.Description, Custom: custom}); err != nil {
			return nil, err
		}
	}
	for _, l := range idx.Libraries {
		if err := add(l.File, l.Package, nil); err != nil {
			return nil, err
		}
	}
	if len(mods) != len(srcs) {
		return nil, fmt.Errorf("the policy index is stale: it lists %d of the %d built-in files; %s", len(mods), len(srcs), updateIndex)
	}
	return mods, nil
}

// reads returns the indexed Reads of a built-in policy by id.
func (idx *Index) reads() map[string][]string {
	out := make(map[string][]string, len(idx.Policies))
	for _, r := range idx.Policies {
		out[r.ID] = r.Reads
	}
	return out
}

func anyList[T ~string](items []T) []any {
	out := make([]any, len(items))
	for i, it := range items {
		out[i] = string(it)
	}
	return out
}

// updateIndex says how to bring policies.Index up to date.
const updateIndex = "run go test ./policies -run TestIndex -update"

// staleIndex is the error of a group whose whole files say otherwise than
// the index.
func staleIndex(file, what string) error {
	return fmt.Errorf("%s: %s differs from the policy index; %s", file, what, updateIndex)
}

// sameReads compares two Reads lists.
func sameReads(a, b []string) bool {
	return strings.Join(a, ",") == strings.Join(b, ",")
}
