// Package workflow reads GitHub Actions workflows (.github/workflows/*.yml)
// and action metadata files (action.yml) into the workflow view,
// input.workflow: triggers, permissions, jobs, steps, the actions they use
// split into their parts, run scripts split into shell commands, and every
// ${{ }} expression parsed and placed at its own line and column.
package workflow

import (
	"context"
	"errors"
	"path"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/shipgate/shipgate/parsers/yamltree"
	"github.com/shipgate/shipgate/scanner/model"
)

// Reader is the GitHub Actions input kind.
type Reader struct{}

// Kind returns model.KindGitHubWorkflow.
func (r *Reader) Kind() model.Kind { return model.KindGitHubWorkflow }

// DirUnits is false: a workflow is one file.
func (r *Reader) DirUnits() bool { return false }

// Match accepts YAML files; Detect decides by path and content.
func (r *Reader) Match(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".yml" || ext == ".yaml"
}

// Detect claims a YAML mapping with on and jobs under a .github/workflows
// directory (at any depth, for monorepos), a mapping elsewhere whose on
// and jobs look like a workflow's (jobs with runs-on, steps or uses), and
// action.yml or action.yaml with runs.
func (r *Reader) Detect(p string, src []byte) model.Detection {
	switch detect(p, src) {
	case docWorkflow, docAction:
		return model.Claimed
	}
	// A file whose place or name says it is a workflow or an action but
	// that is not valid YAML is parsed, so its syntax error is reported
	// rather than the file skipped.
	base := strings.ToLower(path.Base(p))
	if inWorkflowsDir(p) || base == "action.yml" || base == "action.yaml" {
		if _, err := yamltree.Decode(src); err != nil {
			return model.Unsure
		}
	}
	return model.NotClaimed
}

type docType int

const (
	docNone docType = iota
	docWorkflow
	docAction
)

// detect says what a file is.
func detect(p string, src []byte) docType {
	root, err := yamltree.Decode(src)
	if err != nil || root == nil || len(root.Content) == 0 {
		return docNone
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode {
		return docNone
	}
	base := strings.ToLower(path.Base(p))
	if base == "action.yml" || base == "action.yaml" {
		if runs := get(m, "runs"); runs != nil && runs.Kind == yaml.MappingNode {
			return docAction
		}
		return docNone
	}
	on, jobs := get(m, "on"), get(m, "jobs")
	if on == nil || jobs == nil {
		return docNone
	}
	if inWorkflowsDir(p) {
		return docWorkflow
	}
	if jobs.Kind != yaml.MappingNode || len(jobs.Content) == 0 {
		return docNone
	}
	for i := 1; i < len(jobs.Content); i += 2 {
		j := jobs.Content[i]
		if j.Kind != yaml.MappingNode {
			return docNone
		}
		if get(j, "runs-on") == nil && get(j, "steps") == nil && get(j, "uses") == nil {
			return docNone
		}
	}
	return docWorkflow
}

// inWorkflowsDir reports whether p sits directly in a .github/workflows
// directory.
func inWorkflowsDir(p string) bool {
	dir := path.Dir(strings.ReplaceAll(p, "\\", "/"))
	return dir == ".github/workflows" || strings.HasSuffix(dir, "/.github/workflows")
}

func get(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

// Parse parses the unit's file into a document with its workflow view.
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

// Parse reads a workflow or action file. A file that is not YAML is a
// *model.ParseError.
func Parse(p string, src []byte) (*model.Document, error) {
	y, err := yamltree.Parse(p, src, yamltree.Options{Noun: "workflow"})
	if err != nil {
		var ye *yamltree.Error
		if errors.As(err, &ye) {
			return nil, &model.ParseError{Range: model.Range{File: p, Start: ye.Pos, End: ye.Pos}, Msg: ye.Msg, Syntax: !ye.Limit, Limit: ye.Limit}
		}
		return nil, err
	}
	typ := docWorkflow
	if b := strings.ToLower(path.Base(p)); b == "action.yml" || b == "action.yaml" {
		typ = docAction
	}
	d := &model.Document{Kind: model.KindGitHubWorkflow, Path: p, Raw: y.Value, Source: y.Source, Notes: y.Notes}
	if d.Raw == nil {
		d.Raw = map[string]any{}
	}
	b := newBuilder(y, d)
	d.View = b.view(typ)
	return d, nil
}
