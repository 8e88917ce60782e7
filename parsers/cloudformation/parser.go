package cloudformation

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/shipgate/shipgate/parsers/yamltree"
	"github.com/shipgate/shipgate/scanner/model"
)

// Parser parses CloudFormation/SAM templates. Params overrides parameter
// values (from --cfn-param / --cfn-params); a key naming a pseudo parameter
// such as AWS::Region or AWS::AccountId overrides that too.
type Parser struct {
	Params map[string]string
}

// Template is a parsed template with what the evaluation of its conditions
// decided, which adapters need beside the document.
type Template struct {
	// Doc is the document, as Parse returns it.
	Doc *model.Document
	// FalseConditionResources holds the logical ids of resources whose
	// Condition is decidably false: CloudFormation would not create them,
	// so adapters leave them out. They stay in Doc.Raw as written.
	FalseConditionResources map[string]bool
	// Conditions holds every condition of the Conditions section: true,
	// false, or nil when it cannot be decided statically.
	Conditions map[string]*bool
}

// ParseError is a template that cannot be read at all: invalid YAML or
// JSON, or a template whose structure CloudFormation would reject. A single
// resource that cannot be read is not a ParseError but an entry of
// Document.Errors, and the rest of the template is checked.
type ParseError struct {
	Path string
	// Pos is where the problem is; line 1 column 1 when yaml.v3 gives no
	// position.
	Pos model.Pos
	Msg string
	// Syntax is true when the file is not valid YAML or JSON (including
	// unusable aliases and non-scalar keys), false when it is well-formed
	// but not a valid template (empty, not a mapping, Resources not a
	// mapping).
	Syntax bool
}

// Error formats the error as path:line:col: message.
func (e *ParseError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Pos.Line, e.Pos.Col, e.Msg)
}

// Parse parses a template into a document.
func (p *Parser) Parse(path string, src []byte) (*model.Document, error) {
	t, err := p.ParseTemplate(path, src)
	if err != nil {
		return nil, err
	}
	return t.Doc, nil
}

// ParseTemplate parses a template into a document and its evaluated
// conditions.
func (p *Parser) ParseTemplate(path string, src []byte) (t *Template, err error) {
	defer func() {
		// The code below is written not to panic; this is the last line of
		// defence, so that one bad file cannot end a scan.
		if v := recover(); v != nil {
			t, err = nil, &ParseError{Path: path, Pos: model.Pos{Line: 1, Col: 1}, Msg: fmt.Sprintf("internal error: %v", v)}
		}
	}()
	return p.parse(path, src)
}

func (p *Parser) parse(path string, src []byte) (*Template, error) {
	t, err := yamltree.Build(path, src, yamlOptions)
	if err != nil {
		return nil, templateError(err)
	}
	if t.Root == nil || (t.Root.Kind == scalarNode && t.Root.Value == nil) {
		return nil, &ParseError{Path: path, Pos: model.Pos{Line: 1, Col: 1}, Msg: "empty template"}
	}
	tx, root := t.Text, t.Root
	errorf := func(off int, format string, args ...any) *ParseError {
		return &ParseError{Path: path, Pos: tx.Pos(off), Msg: fmt.Sprintf(format, args...), Syntax: true}
	}
	structural := func(off int, format string, args ...any) *ParseError {
		e := errorf(off, format, args...)
		e.Syntax = false
		return e
	}
	if root.Kind != mappingNode {
		return nil, structural(root.Span.Start, "template is not a mapping")
	}
	notes := t.Notes
	var problems []model.FileError
	notChecked := func(sp span, format string, args ...any) {
		rng := tx.Range(path, sp)
		problems = append(problems, model.FileError{Path: path, Range: &rng, Message: fmt.Sprintf(format, args...), Kind: model.ErrParse})
	}
	resources := map[string]string{}
	if i := indexOf(root.Keys, "Resources"); i >= 0 {
		res := root.Kids[i]
		if res.Kind != mappingNode {
			return nil, structural(root.KeySpans[i].Start, "Resources must be a mapping of logical ids to resources")
		}
		// A resource that cannot be read is reported and left out of
		// Resources (it stays in Raw, as written); the others are checked,
		// as cfn-lint does.
		for j, id := range res.Keys {
			if strings.HasPrefix(id, "Fn::ForEach::") {
				notChecked(res.KeySpans[j], "%q is not expanded (Fn::ForEach of the AWS::LanguageExtensions transform); the resources it generates are not checked", id)
				continue
			}
			rn := res.Kids[j]
			if rn.Kind != mappingNode {
				notChecked(res.KeySpans[j], "resource %q is not checked: it must be a mapping with a Type", id)
				continue
			}
			k := indexOf(rn.Keys, "Type")
			if k < 0 {
				notChecked(res.KeySpans[j], "resource %q is not checked: it has no Type", id)
				continue
			}
			typ, ok := rn.Kids[k].Str()
			if !ok || typ == "" {
				notChecked(rn.EntrySpan(k), "resource %q is not checked: %s", id, typeProblem(rn.Kids[k]))
				continue
			}
			resources[id] = "/Resources/" + model.PointerToken(id)
			if unknownType(typ) {
				notes = append(notes, model.Note{
					Range:   tx.Range(path, rn.EntrySpan(k)),
					Message: fmt.Sprintf("resource %q has unknown type %q; only generic policies apply to it", id, typ),
				})
			}
		}
	}

	r := newResolver(root, p.Params)
	out := r.resolve(root, span{Start: 0, End: len(src)})
	if err := r.checkResolved(tx, path, out); err != nil {
		return nil, err
	}
	source := make(map[string]model.Range, 64)
	inputs := map[string]model.Input{}
	emit(tx, path, out, "", source, inputs)
	if len(inputs) == 0 {
		inputs = nil
	}

	tpl := &Template{
		Doc: &model.Document{
			Kind:      model.KindCloudFormation,
			Path:      path,
			Raw:       out.Value,
			Source:    source,
			Resources: resources,
			Notes:     notes,
			Errors:    problems,
			Inputs:    inputs,
		},
		FalseConditionResources: map[string]bool{},
		Conditions:              map[string]*bool{},
	}
	tpl.Doc.ForeignIgnores = foreignIgnores(out.Value, resources, source)
	for name := range r.conditions {
		switch r.cond(name) {
		case isTrue:
			v := true
			tpl.Conditions[name] = &v
		case isFalse:
			v := false
			tpl.Conditions[name] = &v
		default:
			tpl.Conditions[name] = nil
		}
	}
	if res := root.Get("Resources"); res != nil {
		for j, id := range res.Keys {
			c, ok := res.Kids[j].Get("Condition").Str()
			if !ok {
				continue
			}
			switch r.cond(c) {
			case isFalse:
				tpl.FalseConditionResources[id] = true
			case undecided:
				if _, readable := resources[id]; readable {
					if tpl.Doc.Conditional == nil {
						tpl.Doc.Conditional = map[string]string{}
					}
					tpl.Doc.Conditional[id] = c
				}
			}
		}
	}
	return tpl, nil
}

// typeProblem says why a resource's Type node is not a usable type.
func typeProblem(n *pnode) string {
	switch n.Kind {
	case scalarNode:
		if s, ok := n.Value.(string); (ok && s == "") || n.Value == nil {
			return "its Type is empty"
		}
	case mappingNode:
		if len(n.Keys) == 1 && strings.HasPrefix(n.Keys[0], "Rain::") {
			return fmt.Sprintf("its Type is a Rain module (%s), which only the rain CLI expands; scan the output of \"rain pkg\"", n.Keys[0])
		}
		if len(n.Keys) == 1 && isIntrinsicKey(n.Keys[0]) {
			return fmt.Sprintf("its Type is computed with %s; only a literal resource type can be read", n.Keys[0])
		}
	}
	return "its Type must be a string naming a resource type"
}

func indexOf(keys []string, k string) int {
	for i, key := range keys {
		if key == k {
			return i
		}
	}
	return -1
}

// decodeFirst decodes the first YAML document of src. It returns nil for a
// templateError converts a yamltree error into a LimitError or a
// ParseError of the template.
func templateError(err error) error {
	var e *yamltree.Error
	if !errors.As(err, &e) {
		return err
	}
	if e.Limit {
		return &LimitError{Path: e.Path, Pos: e.Pos, Msg: e.Msg}
	}
	return &ParseError{Path: e.Path, Pos: e.Pos, Msg: e.Msg, Syntax: true}
}

// emit records the range of every part of a resolved value under its JSON
// pointer, and the parameter a value is the value of.
func emit(tx *yamltree.Text, path string, r *rnode, ptr string, source map[string]model.Range, inputs map[string]model.Input) {
	source[ptr] = tx.Range(path, r.Span)
	if r.input != nil {
		inputs[ptr] = *r.input
	}
	if r.computed {
		emitComputed(source, source[ptr], r.Value, ptr)
		return
	}
	for k, c := range r.mkids {
		emit(tx, path, c, ptr+"/"+model.PointerToken(k), source, inputs)
	}
	for i, c := range r.lkids {
		emit(tx, path, c, ptr+"/"+strconv.Itoa(i), source, inputs)
	}
}

func emitComputed(source map[string]model.Range, rng model.Range, v any, ptr string) {
	source[ptr] = rng
	switch x := v.(type) {
	case map[string]any:
		for k, c := range x {
			emitComputed(source, rng, c, ptr+"/"+model.PointerToken(k))
		}
	case []any:
		for i, c := range x {
			emitComputed(source, rng, c, ptr+"/"+strconv.Itoa(i))
		}
	}
}

// foreignIgnores reads the suppressions other tools read from a resource's
// Metadata: cfn_nag's rules_to_suppress ({id, reason} items) and
// cfn-guard's SuppressedRules (rule names). Only literal strings count.
func foreignIgnores(raw any, resources map[string]string, source map[string]model.Range) []model.ForeignIgnore {
	root, _ := raw.(map[string]any)
	res, _ := root["Resources"].(map[string]any)
	var out []model.ForeignIgnore
	for _, id := range slices.Sorted(maps.Keys(resources)) {
		r, _ := res[id].(map[string]any)
		meta, _ := r["Metadata"].(map[string]any)
		if meta == nil {
			continue
		}
		ptr := resources[id] + "/Metadata"
		if nag, ok := meta["cfn_nag"].(map[string]any); ok {
			rules, _ := nag["rules_to_suppress"].([]any)
			for i, it := range rules {
				m, _ := it.(map[string]any)
				ruleID, ok := m["id"].(string)
				if !ok || ruleID == "" {
					continue
				}
				reason, _ := m["reason"].(string)
				at := ptr + "/cfn_nag/rules_to_suppress/" + strconv.Itoa(i) + "/id"
				out = append(out, model.ForeignIgnore{Tool: "cfn_nag", ID: ruleID, Resource: id, Reason: strings.TrimSpace(reason), Range: source[at]})
			}
		}
		if sg, ok := meta["shipgate"].(map[string]any); ok {
			// shipgate's own suppressions, for JSON templates, which have
			// no comments: {"ignore": [{"id", "reason", "expires"}]}. An
			// item without an id is kept with an empty id, so that the
			// scanner reports it as malformed.
			items, _ := sg["ignore"].([]any)
			for i, it := range items {
				m, _ := it.(map[string]any)
				ruleID, _ := m["id"].(string)
				reason, _ := m["reason"].(string)
				expires, _ := m["expires"].(string)
				at := ptr + "/shipgate/ignore/" + strconv.Itoa(i)
				out = append(out, model.ForeignIgnore{Tool: "shipgate", ID: ruleID, Resource: id, Reason: strings.TrimSpace(reason), Expires: expires, Range: source[at]})
			}
		}
		if guard, ok := meta["guard"].(map[string]any); ok {
			rules, _ := guard["SuppressedRules"].([]any)
			for i, it := range rules {
				name, ok := it.(string)
				if !ok || name == "" {
					continue
				}
				at := ptr + "/guard/SuppressedRules/" + strconv.Itoa(i)
				out = append(out, model.ForeignIgnore{Tool: "cfn-guard", ID: name, Resource: id, Range: source[at]})
			}
		}
	}
	return out
}
