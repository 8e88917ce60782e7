package terraform

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	tfjson "github.com/hashicorp/terraform-json"
	"github.com/zclconf/go-cty/cty"
	"gopkg.in/yaml.v3"

	"github.com/shipgate/shipgate/scanner/model"
)

// PlanReader is the Terraform plan input kind: the JSON of
// `terraform show -json plan.out`, one file, with the plan's resolved
// values and its unknown ("known after apply") values unknown.
type PlanReader struct {
	// Adapt returns the normalised AWS view (parsers/cloud provides it).
	Adapt func(*Config) map[string]any
}

// Kind returns model.KindTerraformPlan.
func (r *PlanReader) Kind() model.Kind { return model.KindTerraformPlan }

// DirUnits is false: a plan is one file.
func (r *PlanReader) DirUnits() bool { return false }

// Match accepts JSON files.
func (r *PlanReader) Match(name string) bool {
	return strings.HasSuffix(strings.ToLower(name), ".json")
}

// Detect claims a JSON object with format_version and planned_values or
// resource_changes at its top level.
func (r *PlanReader) Detect(_ string, src []byte) model.Detection {
	if !bytes.Contains(src, []byte(`"format_version"`)) ||
		!(bytes.Contains(src, []byte(`"planned_values"`)) || bytes.Contains(src, []byte(`"resource_changes"`))) {
		return model.NotClaimed
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(src, &top); err != nil {
		return model.Unsure
	}
	_, fv := top["format_version"]
	_, pv := top["planned_values"]
	_, rc := top["resource_changes"]
	if fv && (pv || rc) {
		return model.Claimed
	}
	return model.NotClaimed
}

// Parse reads a plan into a document with its AWS view.
func (r *PlanReader) Parse(ctx context.Context, u model.Unit) ([]*model.Document, error) {
	var docs []*model.Document
	for _, f := range u.Files {
		cfg, err := ReadPlan(f)
		if err != nil {
			return docs, err
		}
		placeInConfiguration(ctx, cfg, u)
		if r.Adapt != nil {
			cfg.Doc.View = r.Adapt(cfg)
		}
		docs = append(docs, cfg.Doc)
	}
	return docs, nil
}

// ReadPlan reads a plan file into a configuration.
func ReadPlan(f model.File) (cfg *Config, err error) {
	defer func() {
		if v := recover(); v != nil {
			cfg, err = nil, &model.ParseError{Range: model.Range{File: f.Path}, Msg: fmt.Sprintf("internal error: %v", v)}
		}
	}()
	var plan tfjson.Plan
	if err := json.Unmarshal(f.Src, &plan); err != nil {
		return nil, &model.ParseError{Range: model.Range{File: f.Path}, Msg: "not a Terraform plan: " + err.Error(), Syntax: true}
	}
	var root yaml.Node
	if err := yaml.Unmarshal(f.Src, &root); err != nil || len(root.Content) == 0 {
		return nil, &model.ParseError{Range: model.Range{File: f.Path}, Msg: "cannot read positions in the plan", Syntax: true}
	}
	p := &planReader{file: f.Path, src: f.Src, lines: lineStarts(f.Src), source: map[string]model.Range{}, raw: map[string]any{}}
	p.unknown = map[string]any{}
	for _, rc := range plan.ResourceChanges {
		if rc.Change != nil {
			p.unknown[rc.Address] = rc.Change.AfterUnknown
		}
	}
	if plan.Config != nil && plan.Config.RootModule != nil {
		p.refs = map[string]map[string]string{}
		p.configRefs(plan.Config.RootModule, "")
	}
	if plan.PlannedValues != nil && plan.PlannedValues.RootModule != nil {
		p.module(plan.PlannedValues.RootModule, child(root.Content[0], "planned_values", "root_module"))
	}
	doc := &model.Document{
		Kind:      model.KindTerraformPlan,
		Path:      f.Path,
		Raw:       map[string]any{"resources": p.raw},
		Source:    p.source,
		Resources: map[string]string{},
	}
	top := model.Pos{Line: 1, Col: 1}
	doc.Source[""] = model.Range{File: f.Path, Start: top, End: top}
	for _, res := range p.out {
		doc.Resources[res.Address] = res.Ptr
	}
	return &Config{Doc: doc, Resources: p.out}, nil
}

// planReader builds resources from a plan's planned values.
type planReader struct {
	file    string
	src     []byte
	lines   []int
	source  map[string]model.Range
	raw     map[string]any
	out     []*Resource
	unknown map[string]any
	// refs maps a module address and resource key to the resource its
	// arguments refer to, by argument: the joins of split resources, whose
	// reference values are unknown in a plan.
	refs map[string]map[string]string
	// marks caches checkpoints by line.
	marks map[int][]int
}

// configRefs records, for each argument of each configured resource that
// refers to exactly one resource, that resource's address.
func (p *planReader) configRefs(m *tfjson.ConfigModule, prefix string) {
	for _, r := range m.Resources {
		for arg, expr := range r.Expressions {
			if expr == nil || expr.ExpressionData == nil {
				continue
			}
			for _, ref := range expr.References {
				parts := strings.Split(ref, ".")
				if len(parts) < 2 || strings.Contains(parts[1], "[") || parts[0] == "var" || parts[0] == "local" || parts[0] == "module" || parts[0] == "data" || parts[0] == "each" || parts[0] == "count" {
					continue
				}
				key := prefix + r.Address
				if p.refs[key] == nil {
					p.refs[key] = map[string]string{}
				}
				p.refs[key][arg] = prefix + parts[0] + "." + parts[1]
				break
			}
		}
	}
	for name, call := range m.ModuleCalls {
		if call != nil && call.Module != nil {
			p.configRefs(call.Module, prefix+"module."+name+".")
		}
	}
}

// module reads the resources of one module of the planned values; n is its
// position in the file.
func (p *planReader) module(m *tfjson.StateModule, n *yaml.Node) {
	resNodes := child(n, "resources")
	for i, r := range m.Resources {
		var rn *yaml.Node
		if resNodes != nil && resNodes.Kind == yaml.SequenceNode && i < len(resNodes.Content) {
			rn = resNodes.Content[i]
		}
		p.resource(r, m.Address, rn)
	}
	kids := child(n, "child_modules")
	for i, c := range m.ChildModules {
		var cn *yaml.Node
		if kids != nil && kids.Kind == yaml.SequenceNode && i < len(kids.Content) {
			cn = kids.Content[i]
		}
		p.module(c, cn)
	}
}

func (p *planReader) resource(r *tfjson.StateResource, module string, n *yaml.Node) {
	if r == nil || len(p.out) >= maxResources {
		return
	}
	ptr := model.Pointer("/resources", r.Address)
	if n != nil {
		p.source[ptr] = p.rng(n)
	}
	v := planValue(r.AttributeValues, p.unknown[r.Address])
	v = p.fillRefs(r, module, v)
	vn := child(n, "values")
	if vn != nil {
		p.ranges(ptr+"/values", vn)
	}
	if r.Mode == tfjson.DataResourceMode && r.Type == "aws_iam_policy_document" {
		v = withPolicyJSON(v)
	}
	res := &Resource{Address: r.Address, Mode: string(r.Mode), Type: r.Type, Name: r.Name, Module: module, Ptr: ptr, Values: v, FromPlan: true}
	if n != nil {
		res.Range = p.rng(n)
	}
	p.out = append(p.out, res)
	p.raw[r.Address] = map[string]any{"address": r.Address, "mode": string(r.Mode), "type": r.Type, "name": r.Name, "module": module, "values": toJSON(v)}
}

// fillRefs sets an argument whose planned value is unknown to the address
// of the resource its configuration refers to, as the HCL evaluator does:
// a bucket's versioning then joins its bucket.
func (p *planReader) fillRefs(r *tfjson.StateResource, module string, v cty.Value) cty.Value {
	if !v.IsKnown() || !v.Type().IsObjectType() {
		return v
	}
	prefix := ""
	if module != "" {
		prefix = module + "."
	}
	key := prefix + r.Type + "." + r.Name
	if r.Mode == tfjson.DataResourceMode {
		key = prefix + "data." + r.Type + "." + r.Name
	}
	refs := p.refs[key]
	if len(refs) == 0 {
		return v
	}
	attrs := v.AsValueMap()
	changed := false
	for arg, target := range refs {
		if cur, ok := attrs[arg]; ok && !cur.IsKnown() {
			attrs[arg] = cty.StringVal(target)
			changed = true
		}
	}
	if !changed {
		return v
	}
	return cty.ObjectVal(attrs)
}

// planValue converts planned values to cty, unknown where after_unknown
// says so.
func planValue(v any, unknown any) cty.Value {
	if b, ok := unknown.(bool); ok && b {
		return cty.DynamicVal
	}
	switch x := v.(type) {
	case nil:
		if unknown != nil {
			if _, isMap := unknown.(map[string]any); !isMap {
				if _, isList := unknown.([]any); !isList {
					return cty.NullVal(cty.DynamicPseudoType)
				}
			}
			return planValue(emptyLike(unknown), unknown)
		}
		return cty.NullVal(cty.DynamicPseudoType)
	case string:
		return cty.StringVal(x)
	case bool:
		return cty.BoolVal(x)
	case float64:
		return cty.NumberFloatVal(x)
	case json.Number:
		f, _ := x.Float64()
		return cty.NumberFloatVal(f)
	case []any:
		um, _ := unknown.([]any)
		out := make([]cty.Value, len(x))
		for i, e := range x {
			var u any
			if i < len(um) {
				u = um[i]
			}
			out[i] = planValue(e, u)
		}
		return cty.TupleVal(out)
	case map[string]any:
		um, _ := unknown.(map[string]any)
		out := make(map[string]cty.Value, len(x))
		for k, e := range x {
			out[k] = planValue(e, um[k])
		}
		for k, u := range um {
			if _, ok := x[k]; !ok {
				if b, ok := u.(bool); ok && b {
					out[k] = cty.DynamicVal
				}
			}
		}
		return cty.ObjectVal(out)
	}
	return cty.DynamicVal
}

func emptyLike(v any) any {
	switch v.(type) {
	case map[string]any:
		return map[string]any{}
	case []any:
		return []any{}
	}
	return nil
}

// ranges records the range of every key under a values node.
func (p *planReader) ranges(ptr string, n *yaml.Node) {
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			cp := model.Pointer(ptr, k.Value)
			p.source[cp] = p.between(k, v)
			p.ranges(cp, v)
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			cp := ptr + "/" + strconv.Itoa(i)
			p.source[cp] = p.rng(c)
			p.ranges(cp, c)
		}
	}
}

// child follows keys through mapping nodes; nil when one is missing.
func child(n *yaml.Node, keys ...string) *yaml.Node {
	for _, k := range keys {
		if n == nil || n.Kind != yaml.MappingNode {
			return nil
		}
		var next *yaml.Node
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == k {
				next = n.Content[i+1]
				break
			}
		}
		n = next
	}
	return n
}

func lineStarts(src []byte) []int {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// pos converts a yaml.v3 position (columns count characters) to bytes.
// A line's checkpoints (the byte offset of every 256th character) keep
// this linear on the one long line of a `terraform show -json` plan.
func (p *planReader) pos(line, col int) model.Pos {
	if line < 1 || line > len(p.lines) {
		return model.Pos{Line: 1, Col: 1}
	}
	start := p.lines[line-1]
	marks := p.checkpoints(line)
	c := 1 + (col-1)/checkpointEvery*checkpointEvery
	off := marks[min((col-1)/checkpointEvery, len(marks)-1)]
	if (col-1)/checkpointEvery >= len(marks) {
		c = 1 + (len(marks)-1)*checkpointEvery
	}
	for ; c < col && off < len(p.src) && p.src[off] != '\n'; c++ {
		_, size := utf8.DecodeRune(p.src[off:])
		off += size
	}
	return model.Pos{Line: line, Col: off - start + 1}
}

const checkpointEvery = 256

// checkpoints returns the byte offsets of characters 1, 257, 513 … of a
// line, computed once.
func (p *planReader) checkpoints(line int) []int {
	if m, ok := p.marks[line]; ok {
		return m
	}
	if p.marks == nil {
		p.marks = map[int][]int{}
	}
	start := p.lines[line-1]
	marks := []int{start}
	for off, c := start, 0; off < len(p.src) && p.src[off] != '\n'; c++ {
		if c > 0 && c%checkpointEvery == 0 {
			marks = append(marks, off)
		}
		_, size := utf8.DecodeRune(p.src[off:])
		off += size
	}
	p.marks[line] = marks
	return marks
}

// rng is a node's range: from its start to the end of its last token.
func (p *planReader) rng(n *yaml.Node) model.Range {
	return model.Range{File: p.file, Start: p.pos(n.Line, n.Column), End: p.end(n)}
}

// between runs from a key to the end of its value.
func (p *planReader) between(k, v *yaml.Node) model.Range {
	return model.Range{File: p.file, Start: p.pos(k.Line, k.Column), End: p.end(v)}
}

// end is the position just after a node: a scalar's text, or the closing
// bracket of a collection, found by scanning from its last child.
func (p *planReader) end(n *yaml.Node) model.Pos {
	start := p.pos(n.Line, n.Column)
	off := p.lines[start.Line-1] + start.Col - 1
	switch n.Kind {
	case yaml.ScalarNode:
		if off < len(p.src) && p.src[off] == '"' {
			for i := off + 1; i < len(p.src); i++ {
				if p.src[i] == '\\' {
					i++
					continue
				}
				if p.src[i] == '"' {
					return p.offPos(i + 1)
				}
			}
		}
		return p.offPos(off + len(n.Value))
	case yaml.MappingNode, yaml.SequenceNode:
		closer := byte('}')
		if n.Kind == yaml.SequenceNode {
			closer = ']'
		}
		from := off + 1
		if len(n.Content) > 0 {
			last := p.end(n.Content[len(n.Content)-1])
			from = p.lines[last.Line-1] + last.Col - 1
		}
		if i := bytes.IndexByte(p.src[min(from, len(p.src)):], closer); i >= 0 {
			return p.offPos(from + i + 1)
		}
	}
	return start
}

// offPos converts a byte offset to a position.
func (p *planReader) offPos(off int) model.Pos {
	lo, hi := 0, len(p.lines)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if p.lines[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return model.Pos{Line: lo + 1, Col: off - p.lines[lo] + 1}
}

// placeInConfiguration moves the ranges of a plan's resources to the .tf
// files that produced them, when they sit beside the plan in the scan: the
// configuration is evaluated with the plan's variables, and every resource
// address and argument it has takes its range there, so that a finding
// sits on the argument a reviewer edits. Anything the configuration does
// not place (a computed value, an instance key it cannot decide) keeps
// its place in the plan file.
func placeInConfiguration(ctx context.Context, cfg *Config, u model.Unit) {
	if u.List == nil || u.Read == nil || len(u.Files) != 1 {
		return
	}
	dir := path.Dir(u.Files[0].Path)
	unit, ok := configUnit(dir, u)
	if !ok {
		return
	}
	var plan struct {
		Variables map[string]struct {
			Value json.RawMessage `json:"value"`
		} `json:"variables"`
	}
	var vars []string
	if json.Unmarshal(u.Files[0].Src, &plan) == nil {
		for name, v := range plan.Variables {
			var s string
			if json.Unmarshal(v.Value, &s) == nil {
				vars = append(vars, name+"="+s)
			} else if len(v.Value) > 0 && string(v.Value) != "null" {
				vars = append(vars, name+"="+string(v.Value))
			}
		}
	}
	tf, _ := (&Reader{Options: Options{Vars: vars}}).Evaluate(ctx, unit)
	if tf == nil {
		return
	}
	byAddr := make(map[string]*Resource, len(tf.Resources))
	for _, r := range tf.Resources {
		byAddr[r.Address] = r
	}
	for _, res := range cfg.Resources {
		conf := byAddr[res.Address]
		rng, ok := tf.Doc.Source[res.Ptr]
		if conf == nil || !ok {
			continue
		}
		// The plan's own positions of this resource give way to the
		// configuration's: the block, and each argument that is not a
		// block. Deeper parts are not mapped, since a plan orders sets
		// and nested blocks its own way; a finding about one sits on the
		// argument or the block that holds it.
		for ptr := range cfg.Doc.Source {
			if ptr == res.Ptr || strings.HasPrefix(ptr, res.Ptr+"/") {
				delete(cfg.Doc.Source, ptr)
			}
		}
		cfg.Doc.Source[res.Ptr] = rng
		res.Range = rng
		if !conf.Values.IsKnown() || !conf.Values.Type().IsObjectType() {
			continue
		}
		for name, v := range conf.Values.AsValueMap() {
			if isBlockList(v) {
				continue
			}
			p := model.Pointer(res.Ptr+"/values", name)
			if r, ok := tf.Doc.Source[p]; ok {
				cfg.Doc.Source[p] = r
			}
		}
	}
}

// isBlockList reports whether a value is a list of nested blocks (objects).
func isBlockList(v cty.Value) bool {
	t := v.Type()
	if !t.IsTupleType() && !t.IsListType() {
		return false
	}
	for it := v.ElementIterator(); it.Next(); {
		_, e := it.Element()
		return e.Type().IsObjectType()
	}
	return false
}

// configUnit gathers the .tf files of the plan's directory and of the local
// modules they call, recursively (depth 10), as a unit to evaluate; ok is
// false when the directory holds none.
func configUnit(dir string, u model.Unit) (model.Unit, bool) {
	out := model.Unit{Path: dir, Read: u.Read, List: u.List}
	seen := map[string]bool{}
	var add func(d string, depth int)
	add = func(d string, depth int) {
		if seen[d] || depth > maxDepth {
			return
		}
		seen[d] = true
		names, err := u.List(d)
		if err != nil {
			return
		}
		var files []model.File
		for _, name := range names {
			if !isConfigFile(name) {
				continue
			}
			src, err := u.Read(name)
			if err != nil {
				continue
			}
			files = append(files, model.File{Path: name, Src: src})
		}
		out.Files = append(out.Files, files...)
		for _, c := range moduleCalls(d, files) {
			if child, ok := localSource(d, c.source); ok {
				add(child, depth+1)
			}
		}
	}
	add(dir, 0)
	slices.SortFunc(out.Files, func(a, b model.File) int { return strings.Compare(a.Path, b.Path) })
	return out, len(out.Files) > 0 && slices.ContainsFunc(out.Files, func(f model.File) bool { return path.Dir(f.Path) == dir })
}
