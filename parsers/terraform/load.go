package terraform

import (
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/shipgate/shipgate/scanner/model"
)

// module is the declarations of one module directory, before evaluation.
type module struct {
	dir       string
	variables map[string]*variable
	locals    map[string]*hcl.Attribute
	resources []*resource
	calls     []*call
	outputs   map[string]*hcl.Attribute
	// defaultTags is the tags expression of the aws provider's
	// default_tags block, nil when there is none.
	defaultTags hcl.Expression
	// varFiles are terraform.tfvars, *.auto.tfvars and their .json forms,
	// in the order Terraform loads them.
	varFiles []*hcl.File
	// files maps each file's path to its parsed form, for ranges.
	files map[string]*hcl.File
}

// variable is a variable block.
type variable struct {
	name      string
	def       hcl.Expression
	sensitive bool
	rng       hcl.Range
}

// resource is a resource or data block.
type resource struct {
	mode       string // "managed" or "data"
	typ, name  string
	count      hcl.Expression
	forEach    hcl.Expression
	body       hcl.Body
	rng        hcl.Range
	preventDel *hcl.Attribute
}

// key is the resource's address within its module: aws_s3_bucket.logs,
// data.aws_iam_policy_document.p.
func (r *resource) key() string {
	if r.mode == "data" {
		return "data." + r.typ + "." + r.name
	}
	return r.typ + "." + r.name
}

// call is a module block.
type call struct {
	name    string
	source  string
	count   hcl.Expression
	forEach hcl.Expression
	inputs  hcl.Attributes
	rng     hcl.Range
}

var fileSchema = &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{
	{Type: "terraform"},
	{Type: "provider", LabelNames: []string{"name"}},
	{Type: "variable", LabelNames: []string{"name"}},
	{Type: "locals"},
	{Type: "output", LabelNames: []string{"name"}},
	{Type: "module", LabelNames: []string{"name"}},
	{Type: "resource", LabelNames: []string{"type", "name"}},
	{Type: "data", LabelNames: []string{"type", "name"}},
}}

var variableSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "default"}, {Name: "sensitive"}}}

var metaSchema = &hcl.BodySchema{
	Attributes: []hcl.AttributeSchema{{Name: "count"}, {Name: "for_each"}, {Name: "source"}, {Name: "version"}, {Name: "providers"}, {Name: "depends_on"}, {Name: "provider"}},
	Blocks:     []hcl.BlockHeaderSchema{{Type: "lifecycle"}},
}

// isConfigFile reports whether a file holds configuration (.tf, .tf.json),
// as opposed to variable values.
func isConfigFile(name string) bool {
	return strings.HasSuffix(name, ".tf") || strings.HasSuffix(name, ".tf.json")
}

// isVarFile reports whether a file of a module directory is one Terraform
// loads automatically.
func isVarFile(name string) bool {
	return name == "terraform.tfvars" || name == "terraform.tfvars.json" ||
		strings.HasSuffix(name, ".auto.tfvars") || strings.HasSuffix(name, ".auto.tfvars.json")
}

// loadModule parses the .tf, .tf.json and automatic variable files of one
// directory. Each file that does not parse is an error of its own; the
// others are still loaded.
func loadModule(dir string, files []model.File) (*module, []error) {
	m := &module{dir: dir, variables: map[string]*variable{}, locals: map[string]*hcl.Attribute{}, outputs: map[string]*hcl.Attribute{}, files: map[string]*hcl.File{}}
	p := hclparse.NewParser()
	var errs []error
	var autoVars []*hcl.File
	var tfvars []*hcl.File
	for _, f := range files {
		name := path.Base(f.Path)
		if path.Dir(f.Path) != dir || !(&Reader{}).Match(name) {
			continue
		}
		var hf *hcl.File
		var diags hcl.Diagnostics
		if strings.HasSuffix(name, ".json") {
			hf, diags = p.ParseJSON(f.Src, f.Path)
		} else {
			hf, diags = p.ParseHCL(f.Src, f.Path)
		}
		if diags.HasErrors() {
			errs = append(errs, diagError(f.Path, diags, true))
			continue
		}
		m.files[f.Path] = hf
		switch {
		case name == "terraform.tfvars" || name == "terraform.tfvars.json":
			tfvars = append(tfvars, hf)
			continue
		case isVarFile(name):
			autoVars = append(autoVars, hf)
			continue
		case strings.HasSuffix(name, ".tfvars") || strings.HasSuffix(name, ".tfvars.json"):
			continue // loaded only with --var-file
		}
		if err := m.declare(hf); err != nil {
			errs = append(errs, err)
		}
	}
	// terraform.tfvars, then *.auto.tfvars in lexical order.
	m.varFiles = append(tfvars, autoVars...)
	return m, errs
}

// declare reads the top-level blocks of one file.
func (m *module) declare(f *hcl.File) error {
	content, _, diags := f.Body.PartialContent(fileSchema)
	if diags.HasErrors() {
		return diagError(f.Body.MissingItemRange().Filename, diags, false)
	}
	for _, b := range content.Blocks {
		switch b.Type {
		case "variable":
			c, _, _ := b.Body.PartialContent(variableSchema)
			v := &variable{name: b.Labels[0], rng: b.DefRange}
			if a := c.Attributes["default"]; a != nil {
				v.def = a.Expr
			}
			if a := c.Attributes["sensitive"]; a != nil {
				if val, d := a.Expr.Value(nil); !d.HasErrors() && val.IsKnown() && !val.IsNull() && val.Type().FriendlyName() == "bool" {
					v.sensitive = val.True()
				}
			}
			m.variables[v.name] = v
		case "locals":
			attrs, _ := b.Body.JustAttributes()
			for name, a := range attrs {
				m.locals[name] = a
			}
		case "output":
			attrs, _ := b.Body.JustAttributes()
			if a := attrs["value"]; a != nil {
				m.outputs[b.Labels[0]] = a
			}
		case "resource", "data":
			r := &resource{mode: "managed", typ: b.Labels[0], name: b.Labels[1], rng: blockRange(b)}
			if b.Type == "data" {
				r.mode = "data"
			}
			c, rest, _ := b.Body.PartialContent(metaSchema)
			r.body = rest
			if a := c.Attributes["count"]; a != nil {
				r.count = a.Expr
			}
			if a := c.Attributes["for_each"]; a != nil {
				r.forEach = a.Expr
			}
			for _, lb := range c.Blocks {
				if lb.Type == "lifecycle" {
					la, _ := lb.Body.JustAttributes()
					r.preventDel = la["prevent_destroy"]
				}
			}
			m.resources = append(m.resources, r)
		case "module":
			c, rest, _ := b.Body.PartialContent(metaSchema)
			cl := &call{name: b.Labels[0], rng: blockRange(b)}
			if a := c.Attributes["source"]; a != nil {
				if v, d := a.Expr.Value(nil); !d.HasErrors() && v.IsKnown() && !v.IsNull() && v.Type().FriendlyName() == "string" {
					cl.source = v.AsString()
				}
			}
			if a := c.Attributes["count"]; a != nil {
				cl.count = a.Expr
			}
			if a := c.Attributes["for_each"]; a != nil {
				cl.forEach = a.Expr
			}
			cl.inputs, _ = rest.JustAttributes()
			m.calls = append(m.calls, cl)
		case "provider":
			if b.Labels[0] != "aws" {
				continue
			}
			c, _, _ := b.Body.PartialContent(&hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "alias"}}, Blocks: []hcl.BlockHeaderSchema{{Type: "default_tags"}}})
			if c.Attributes["alias"] != nil {
				continue
			}
			for _, db := range c.Blocks {
				attrs, _ := db.Body.JustAttributes()
				if a := attrs["tags"]; a != nil {
					m.defaultTags = a.Expr
				}
			}
		}
	}
	slices.SortStableFunc(m.resources, func(a, b *resource) int { return strings.Compare(a.key(), b.key()) })
	slices.SortStableFunc(m.calls, func(a, b *call) int { return strings.Compare(a.name, b.name) })
	return nil
}

// blockRange is a block from its type keyword to its closing brace.
func blockRange(b *hcl.Block) hcl.Range {
	if sb, ok := b.Body.(*hclsyntax.Body); ok {
		return hcl.RangeBetween(b.TypeRange, sb.SrcRange)
	}
	return b.DefRange
}

// localSource is the directory a local module source points to, relative
// to the calling module's directory; ok is false for registry, git and
// other remote sources.
func localSource(dir, source string) (string, bool) {
	if !strings.HasPrefix(source, "./") && !strings.HasPrefix(source, "../") {
		return "", false
	}
	return path.Clean(path.Join(dir, source)), true
}

// diagError turns HCL diagnostics into a model.ParseError at the first
// error's position.
func diagError(file string, diags hcl.Diagnostics, syntax bool) error {
	for _, d := range diags {
		if d.Severity != hcl.DiagError {
			continue
		}
		msg := d.Summary
		if d.Detail != "" {
			msg += ": " + d.Detail
		}
		pe := &model.ParseError{Range: model.Range{File: file}, Msg: msg, Syntax: syntax}
		if d.Subject != nil {
			pe.Range = toRange(*d.Subject)
		}
		return pe
	}
	return fmt.Errorf("%s: %s", file, diags.Error())
}

// toRange converts an HCL range (1-based line and byte column, end
// exclusive, as shipgate's).
func toRange(r hcl.Range) model.Range {
	return model.Range{
		File:  r.Filename,
		Start: model.Pos{Line: r.Start.Line, Col: r.Start.Column},
		End:   model.Pos{Line: r.End.Line, Col: r.End.Column},
	}
}
