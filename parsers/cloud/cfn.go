package cloud

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/shipgate/shipgate/parsers/cloudformation"
	"github.com/shipgate/shipgate/scanner/model"
)

// maxConditions is how many undecidable conditions of one resource are
// expanded into variants (2^3 = 8 copies). Fn::If on further conditions is
// read as unknown.
const maxConditions = 3

// FromTemplate builds the normalised view of a parsed CloudFormation
// template, reading every collection as declared in aws.go. Resources whose
// Condition is decidably false are left out.
func FromTemplate(t *cloudformation.Template) map[string]any {
	return CloudFormation(t.Doc, t.FalseConditionResources)
}

// CloudFormation builds the normalised view of a CloudFormation document.
// falseCond lists the logical ids whose Condition is decidably false.
func CloudFormation(doc *model.Document, falseCond map[string]bool) map[string]any {
	a := &adapter{falseCond: falseCond, out: make(map[*Collection][]*object, len(collections))}
	if doc != nil {
		a.resPtrs = doc.Resources
		a.inputs = doc.Inputs
		if root, ok := doc.Raw.(map[string]any); ok {
			a.resources, _ = root["Resources"].(map[string]any)
			if g, ok := root["Globals"].(map[string]any); ok {
				for typ, section := range samGlobals {
					if f, ok := g[section].(map[string]any); ok {
						if a.globals == nil {
							a.globals = map[string]node{}
						}
						a.globals[typ] = node{v: f, ptr: "/Globals/" + section, kind: nValue}
					}
				}
			}
		}
	}
	for _, id := range slices.Sorted(maps.Keys(a.resources)) {
		if falseCond[id] {
			continue
		}
		res, ok := a.resources[id].(map[string]any)
		if !ok {
			continue
		}
		typ, _ := res["Type"].(string)
		if srcs := cfnSources()[typ]; len(srcs) > 0 {
			a.readResource(id, typ, res, srcs)
		}
	}
	for _, c := range collections {
		if c.cfnLink != nil {
			c.cfnLink(a, a.out[c])
		}
	}
	return a.render()
}

// cfnSource is one declared source of a collection, indexed by type.
type cfnSource struct {
	c   *Collection
	src *Origin
}

// cfnSources maps a resource type to its sources, in declaration order;
// built when a template is first read, not at every process start.
var cfnSources = sync.OnceValue(func() map[string][]cfnSource {
	m := map[string][]cfnSource{}
	for _, c := range collections {
		for i := range c.CFN {
			s := &c.CFN[i]
			for _, t := range s.Types {
				m[t] = append(m[t], cfnSource{c, s})
			}
		}
	}
	return m
})

// samGlobals maps the SAM resource types whose unset properties come from
// the template's Globals to their Globals section.
var samGlobals = map[string]string{
	"AWS::Serverless::Function": "Function",
	"AWS::Serverless::Api":      "Api",
	"AWS::Serverless::HttpApi":  "HttpApi",
}

// pendingBucketPolicy is a bucket policy document and its Bucket property.
type pendingBucketPolicy struct {
	target node
	doc    *policyDoc
}

func (a *adapter) readResource(id, typ string, res map[string]any, srcs []cfnSource) {
	ptr := a.resPtrs[id]
	if ptr == "" {
		ptr = "/Resources/" + model.PointerToken(id)
	}
	r := &reader{id: id, typ: typ, ptr: ptr, propsPtr: ptr + "/Properties", res: node{v: res, ptr: ptr, kind: nValue}}
	seen := map[string]bool{}
	collectConds(res, seen)
	if g, ok := a.globals[typ]; ok {
		if r.ignoreGlobals = ignoredGlobals(res["IgnoreGlobals"]); !r.ignoreGlobals["*"] {
			r.globals = g
			collectConds(g.v, seen)
		}
	}
	names := slices.Sorted(maps.Keys(seen))
	if len(names) > maxConditions {
		names = names[:maxConditions]
	}
	read := func() {
		r.props = r.get(r.res, "Properties")
		for _, s := range srcs {
			a.readSource(s.c, s.src, r)
		}
	}
	if len(names) == 0 {
		read()
		return
	}
	var sb strings.Builder
	for mask := 0; mask < 1<<len(names); mask++ {
		r.conds = make(map[string]bool, len(names))
		sb.Reset()
		for i, name := range names {
			val := mask&(1<<(len(names)-1-i)) == 0
			r.conds[name] = val
			if i > 0 {
				sb.WriteByte(',')
			}
			sb.WriteString(name)
			sb.WriteString("=")
			sb.WriteString(strconv.FormatBool(val))
		}
		r.variant = sb.String()
		read()
	}
}

// collectConds adds the condition names of every Fn::If inside v to seen.
func collectConds(v any, seen map[string]bool) {
	switch t := v.(type) {
	case map[string]any:
		if args, ok := t["Fn::If"].([]any); ok && len(t) == 1 && len(args) == 3 {
			if name, ok := args[0].(string); ok {
				seen[name] = true
			}
			collectConds(args[1], seen)
			collectConds(args[2], seen)
			return
		}
		for _, x := range t {
			collectConds(x, seen)
		}
	case []any:
		for _, x := range t {
			collectConds(x, seen)
		}
	}
}

// refID returns the logical id a Ref or Fn::GetAtt value points to, when it
// names a resource of the template.
func (a *adapter) refID(v any) (string, bool) {
	m, ok := v.(map[string]any)
	if !ok || len(m) != 1 {
		return "", false
	}
	var id string
	switch {
	case m["Ref"] != nil:
		id, _ = m["Ref"].(string)
	case m["Fn::GetAtt"] != nil:
		switch g := m["Fn::GetAtt"].(type) {
		case []any:
			if len(g) > 0 {
				id, _ = g[0].(string)
			}
		case string:
			id, _, _ = strings.Cut(g, ".")
		}
	}
	if _, ok := a.resources[id]; !ok || id == "" {
		return "", false
	}
	return id, true
}

// resourceType returns the Type of a template resource.
func (a *adapter) resourceType(id string) string {
	res, _ := a.resources[id].(map[string]any)
	t, _ := res["Type"].(string)
	return t
}

// byName finds the resource of type typ whose property prop is the literal
// name, for references by name (GroupName, RoleName …).
func (a *adapter) byName(typ, prop, name string) string {
	key := [2]string{typ, prop}
	idx, ok := a.names[key]
	if !ok {
		idx = map[string]string{}
		for _, id := range slices.Sorted(maps.Keys(a.resources)) {
			res, _ := a.resources[id].(map[string]any)
			if t, _ := res["Type"].(string); t != typ || a.falseCond[id] {
				continue
			}
			props, _ := res["Properties"].(map[string]any)
			if n, ok := props[prop].(string); ok {
				if _, dup := idx[n]; !dup {
					idx[n] = id
				}
			}
		}
		if a.names == nil {
			a.names = map[[2]string]map[string]string{}
		}
		a.names[key] = idx
	}
	return idx[name]
}

// address resolves a reference to a resource of one of the given types: a
// Ref/GetAtt to it, or its literal name in nameProp. It returns "" when the
// target is not (knowably) such a resource.
func (a *adapter) address(n node, nameProp string, types ...string) string {
	switch n.kind {
	case nUnknown:
		if id, ok := a.refID(n.v); ok && slices.Contains(types, a.resourceType(id)) {
			return id
		}
	case nValue:
		if s, ok := n.v.(string); ok {
			for _, t := range types {
				if id := a.byName(t, nameProp, s); id != "" {
					return id
				}
			}
		}
	}
	return ""
}

// ignoredGlobals reads a SAM function's IgnoreGlobals attribute: "*" or a
// list of property names.
func ignoredGlobals(v any) map[string]bool {
	out := map[string]bool{}
	switch x := v.(type) {
	case string:
		out[x] = true
	case []any:
		for _, it := range x {
			if s, ok := it.(string); ok {
				out[s] = true
			}
		}
	}
	return out
}
