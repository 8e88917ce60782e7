package engine

import (
	"context"
	"fmt"
	"io/fs"
	"maps"
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

// policies are the built-in policies the index lists, as New would have
// read them from their METADATA, with a module per built-in file holding
// its package alone. srcs are the built-in files, which must be the ones
// the index lists.
func (idx *Index) policies(srcs []source) ([]*policy, map[string]*ast.Module, error) {
	byFile := map[string]source{}
	for _, s := range srcs {
		byFile[s.file] = s
	}
	mods := make(map[string]*ast.Module, len(srcs))
	add := func(file, pkg string) (*ast.Module, error) {
		s, ok := byFile[file]
		if !ok {
			return nil, fmt.Errorf("the policy index names %s, which is not among the built-in policies; %s", file, updateIndex)
		}
		name, ok := strings.CutPrefix(pkg, "data.")
		if !ok || name == "" {
			return nil, fmt.Errorf("the policy index gives %s the package %q", file, pkg)
		}
		path := ast.Ref{ast.DefaultRootDocument}
		for _, part := range strings.Split(name, ".") {
			path = append(path, ast.StringTerm(part))
		}
		m := &ast.Module{Package: &ast.Package{Path: path, Location: &ast.Location{File: file, Row: 1, Col: 1}}}
		mods[moduleKey(s)] = m
		return m, nil
	}
	pols := make([]*policy, 0, len(idx.Policies))
	for _, r := range idx.Policies {
		m, err := add(r.File, "data."+r.Package)
		if err != nil {
			return nil, nil, err
		}
		pols = append(pols, &policy{rule: r, mod: m, pkg: m.Package.Path})
	}
	for _, l := range idx.Libraries {
		if _, err := add(l.File, l.Package); err != nil {
			return nil, nil, err
		}
	}
	if len(mods) != len(srcs) {
		return nil, nil, fmt.Errorf("the policy index is stale: it lists %d of the %d built-in files; %s", len(mods), len(srcs), updateIndex)
	}
	return pols, mods, nil
}

// clashes are the errors findPolicies gives when the user's modules share
// a package or a policy id with a built-in policy known from the index.
func clashes(builtin, user []*policy, mods map[string]*ast.Module) []error {
	byPkg := map[string]*policy{}
	byID := map[string]*policy{}
	for _, p := range builtin {
		byPkg[p.pkg.String()] = p
		byID[p.rule.ID] = p
	}
	var errs []error
	for _, k := range slices.Sorted(maps.Keys(mods)) {
		m := mods[k]
		if p, ok := byPkg[m.Package.Path.String()]; ok {
			errs = append(errs, errAt(p.mod.Package.Location,
				"package %s is also declared in %s; a policy must be alone in its package (one policy per file)",
				p.rule.Package, m.Package.Location.File))
		}
	}
	for _, p := range user {
		if b, ok := byID[p.rule.ID]; ok {
			errs = append(errs, errAt(packageAnnotation(p.mod).Location,
				"duplicate policy id %q, already used at %s:1", p.rule.ID, b.rule.File))
		}
	}
	return errs
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
