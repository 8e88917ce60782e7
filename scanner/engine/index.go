package engine

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/shipgate/shipgate/scanner/model"
)

// IndexFile is the file, at the root of a built-in policy FS, that lists
// every policy's metadata and every library's package (BuildIndex). A
// lazy engine reads it instead of parsing the METADATA of every policy,
// whose YAML costs more than the rest of a one-file scan as the library
// grows; each file is still parsed whole by the group that compiles it,
// which checks the index against it.
const IndexFile = "index.json"

// index is the content of IndexFile.
type index struct {
	Policies  []model.Rule `json:"policies"`
	Libraries []indexLib   `json:"libraries"`
}

// indexLib is a library file and its package.
type indexLib struct {
	File    string `json:"file"`
	Package string `json:"package"`
}

// BuildIndex loads, checks and compiles every policy and library of fsys,
// as an eager engine does, and returns the index a lazy engine reads
// (IndexFile).
func BuildIndex(ctx context.Context, fsys fs.FS, schemas map[string]map[string]any) ([]byte, error) {
	e, err := New(ctx, Options{Builtin: fsys, Schemas: schemas})
	if err != nil {
		return nil, err
	}
	idx := index{Policies: e.Rules()}
	files := map[string]bool{}
	for _, r := range idx.Policies {
		files[r.File] = true
	}
	for _, s := range e.srcs {
		if !files[s.file] {
			idx.Libraries = append(idx.Libraries, indexLib{File: s.file, Package: e.pkgs[moduleKey(s)].String()})
		}
	}
	out, err := json.MarshalIndent(idx, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(out, '\n'), nil
}

// awsOnly reports whether a rule applies to kinds of the AWS view only.
func awsOnly(r model.Rule) bool {
	return len(r.Kinds) > 0 && !slices.ContainsFunc(r.Kinds, func(k model.Kind) bool { return model.ViewOf(k) != model.ViewAWS })
}

// readIndex reads IndexFile from fsys; nil when there is none.
func readIndex(fsys fs.FS) (*index, error) {
	b, err := fs.ReadFile(fsys, IndexFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read policies: %w", err)
	}
	var idx index
	if err := json.Unmarshal(b, &idx); err != nil {
		return nil, fmt.Errorf("read policies: %s: %w", IndexFile, err)
	}
	return &idx, nil
}

// modules turns the index into the header modules New would have parsed
// from the files — the package and, for a policy, its METADATA — so that
// findPolicies checks them with the user's.
func (idx *index) modules(srcs []source) (map[string]*ast.Module, error) {
	byFile := map[string]source{}
	for _, s := range srcs {
		byFile[s.file] = s
	}
	mods := make(map[string]*ast.Module, len(srcs))
	add := func(file, pkg string, meta *ast.Annotations) error {
		s, ok := byFile[file]
		if !ok {
			return fmt.Errorf("%s names %s, which is not among the built-in policies", IndexFile, file)
		}
		name, ok := strings.CutPrefix(pkg, "data.")
		if !ok || name == "" {
			return fmt.Errorf("%s: package %q of %s", IndexFile, pkg, file)
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
		return nil, fmt.Errorf("%s is stale: it lists %d of the %d built-in files; run go test ./policies -run TestIndex -update", IndexFile, len(mods), len(srcs))
	}
	return mods, nil
}

// reads returns the indexed Reads of a built-in policy by id.
func (idx *index) reads() map[string][]string {
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

// staleIndex is the error of a group whose whole files say otherwise than
// the index.
func staleIndex(file, what string) error {
	return fmt.Errorf("%s: %s differs from %s; run go test ./policies -run TestIndex -update", file, what, IndexFile)
}

// sameReads compares two Reads lists.
func sameReads(a, b []string) bool {
	return strings.Join(a, ",") == strings.Join(b, ",")
}
