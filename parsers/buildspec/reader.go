package buildspec

import (
	"bytes"
	"context"
	"errors"
	"path"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/shipgate/shipgate/parsers/yamltree"
	"github.com/shipgate/shipgate/scanner/model"
)

// Reader is the CodeBuild buildspec input kind. It comes after the
// CloudFormation and Terraform readers in the registry, so a template is
// never read as a buildspec.
type Reader struct{}

// Kind returns model.KindBuildspec.
func (r *Reader) Kind() model.Kind { return model.KindBuildspec }

// DirUnits is false: a buildspec is one file.
func (r *Reader) DirUnits() bool { return false }

// Match accepts YAML files: content decides (Detect).
func (r *Reader) Match(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".yml" || ext == ".yaml"
}

// named reports whether a file's name says it is a buildspec
// (buildspec.yml, buildspec-test.yaml, buildspec_prod.yml).
func named(p string) bool {
	return strings.HasPrefix(strings.ToLower(path.Base(p)), "buildspec")
}

// Detect claims a YAML mapping with a version of 0.1 or 0.2 and phases or
// batch (a file named buildspec* needs only the version). A file named
// buildspec* that is not valid YAML is Unsure, so its error is reported.
func (r *Reader) Detect(p string, src []byte) model.Detection {
	if !bytes.Contains(src, []byte("version")) {
		return model.NotClaimed
	}
	if !named(p) && !bytes.Contains(src, []byte("phases")) && !bytes.Contains(src, []byte("batch")) {
		return model.NotClaimed
	}
	if yamltree.EstimateNodes(src) > 2*yamltree.MaxNodes {
		if named(p) {
			return model.Unsure
		}
		return model.NotClaimed
	}
	doc, err := yamltree.Decode(src)
	if err != nil {
		if named(p) || looksLike(src) {
			return model.Unsure
		}
		return model.NotClaimed
	}
	if doc == nil || len(doc.Content) == 0 {
		return model.NotClaimed
	}
	if isBuildspec(doc.Content[0], named(p)) {
		return model.Claimed
	}
	return model.NotClaimed
}

// isBuildspec reports whether a decoded YAML root is a buildspec.
func isBuildspec(root *yaml.Node, named bool) bool {
	if root.Kind != yaml.MappingNode {
		return false
	}
	var version, body bool
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i].Value, root.Content[i+1]
		switch k {
		case "version":
			version = v.Kind == yaml.ScalarNode && (v.Value == "0.1" || v.Value == "0.2")
		case "phases", "batch":
			body = v.Kind == yaml.MappingNode
		}
	}
	return version && (body || named)
}

// looksLike reports whether text that is not valid YAML still looks like a
// buildspec: version 0.1 or 0.2 and phases, each at the start of a line.
func looksLike(src []byte) bool {
	var version, phases bool
	for line := range bytes.SplitSeq(src, []byte("\n")) {
		t := string(bytes.TrimRight(line, " \t\r"))
		switch {
		case strings.HasPrefix(t, "version:"):
			v := strings.Trim(strings.TrimSpace(strings.TrimPrefix(t, "version:")), `"'`)
			version = v == "0.1" || v == "0.2"
		case strings.HasPrefix(t, "phases:"):
			phases = true
		}
	}
	return version && phases
}

// Parse parses the unit's buildspec.
func (r *Reader) Parse(_ context.Context, u model.Unit) ([]*model.Document, error) {
	var docs []*model.Document
	var errs []error
	for _, f := range u.Files {
		d, err := Parse(f.Path, f.Src)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, d)
	}
	return docs, errors.Join(errs...)
}
