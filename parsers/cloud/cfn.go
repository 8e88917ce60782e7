package cloud

import (
	"encoding/json"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/shipgate/shipgate/parsers/cloudformation"
	"github.com/shipgate/shipgate/scanner/model"
)

// maxConditions is how many undecidable conditions of one resource are
// expanded into variants (2^3 = 8 copies). Fn::If on further conditions is
// read as unknown.
const maxConditions = 3

// CloudFormation builds the normalised view for a parsed CloudFormation
// document. falseCond lists logical ids whose Condition is decidably false
// (they are left out).
func CloudFormation(doc *model.Document, falseCond map[string]bool) map[string]any {
	a := &cfn{falseCond: falseCond}
	if doc != nil {
		a.resPtrs = doc.Resources
		if root, ok := doc.Raw.(map[string]any); ok {
			a.resources, _ = root["Resources"].(map[string]any)
			if g, ok := root["Globals"].(map[string]any); ok {
				if f, ok := g["Function"].(map[string]any); ok {
					a.globals = node{v: f, ptr: "/Globals/Function", kind: nValue}
				}
			}
		}
	}
	ids := slices.Sorted(maps.Keys(a.resources))
	for _, id := range ids {
		if falseCond[id] {
			continue
		}
		res, ok := a.resources[id].(map[string]any)
		if !ok {
			continue
		}
		typ, _ := res["Type"].(string)
		read := readers[typ]
		if read == nil {
			continue
		}
		a.readResource(id, typ, res, read)
	}
	a.linkBucketPolicies()
	return a.v.toMap()
}

// cfn is the state of one CloudFormation adaptation.
type cfn struct {
	v         view
	resources map[string]any
	resPtrs   map[string]string
	falseCond map[string]bool
	globals   node
	// bucketPolicies waits for every bucket to be read.
	bucketPolicies []pendingBucketPolicy
	// names caches byName look-ups, keyed by type and name property.
	names map[[2]string]map[string]string
}

// pendingBucketPolicy is a bucket policy document and its Bucket property.
type pendingBucketPolicy struct {
	target node
	doc    *policyDoc
}

// readers maps a resource type to the function that normalises it.
var readers map[string]func(*cfn, *reader)

func (a *cfn) readResource(id, typ string, res map[string]any, read func(*cfn, *reader)) {
	ptr := a.resPtrs[id]
	if ptr == "" {
		ptr = "/Resources/" + esc(id)
	}
	r := &reader{id: id, typ: typ, ptr: ptr, res: node{v: res, ptr: ptr, kind: nValue}}
	seen := map[string]bool{}
	collectConds(res, seen)
	if typ == "AWS::Serverless::Function" && a.globals.kind == nValue {
		r.globals = a.globals
		collectConds(a.globals.v, seen)
	}
	names := slices.Sorted(maps.Keys(seen))
	if len(names) > maxConditions {
		names = names[:maxConditions]
	}
	r.props = r.get(r.res, "Properties")
	if len(names) == 0 {
		read(a, r)
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
		r.props = r.get(r.res, "Properties")
		read(a, r)
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
func (a *cfn) refID(v any) (string, bool) {
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
func (a *cfn) resourceType(id string) string {
	res, _ := a.resources[id].(map[string]any)
	t, _ := res["Type"].(string)
	return t
}

// byName finds the resource of type typ whose property prop is the literal
// name, for references by name (GroupName, RoleName …).
func (a *cfn) byName(typ, prop, name string) string {
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
func (a *cfn) address(n node, nameProp string, types ...string) string {
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

// linkBucketPolicies attaches every bucket policy to the buckets it targets.
// A policy whose target cannot be resolved makes the policies of every
// bucket it might target unknown.
func (a *cfn) linkBucketPolicies() {
	for _, p := range a.bucketPolicies {
		switch p.target.kind {
		case nUnknown:
			if id, ok := a.refID(p.target.v); ok {
				if a.resourceType(id) == "AWS::S3::Bucket" {
					for _, b := range a.v.buckets {
						if b.Resource == id {
							b.policies = append(b.policies, p.doc)
						}
					}
				}
				continue
			}
			for _, b := range a.v.buckets {
				b.Policies = unknown(p.target.ptr)
			}
		case nValue:
			name, _ := p.target.v.(string)
			matched := false
			for _, b := range a.v.buckets {
				if b.Name.State == Written && b.Name.Value == name {
					b.policies = append(b.policies, p.doc)
					matched = true
				}
			}
			if !matched {
				for _, b := range a.v.buckets {
					if b.Name.State == Unknown {
						b.Policies = unknown(p.target.ptr)
					}
				}
			}
		}
	}
}

// nodeKind says whether a node holds a value.
type nodeKind int

const (
	// nAbsent: the key is not there (or is AWS::NoValue); ptr is the deepest
	// existing ancestor.
	nAbsent nodeKind = iota
	// nValue: a known value.
	nValue
	// nUnknown: an unresolved intrinsic, or a child of one.
	nUnknown
)

// node is a position in the resolved tree of one resource variant.
type node struct {
	v    any
	ptr  string
	kind nodeKind
	// flat marks a tree parsed from a JSON string: its children all point
	// at the string.
	flat bool
}

// reader reads one variant of one resource.
type reader struct {
	id, typ, ptr string
	variant      string
	// conds is the variant's choice for each expanded condition.
	conds   map[string]bool
	res     node
	props   node
	globals node
}

func (r *reader) base() base {
	return base{Resource: r.id, Type: r.typ, Src: r.ptr, Variant: r.variant}
}

// resolve applies the variant to v found at ptr inside parent: it follows
// Fn::If branches and turns AWS::NoValue into absence.
func (r *reader) resolve(v any, ptr, parent string, flat bool) node {
	for {
		m, ok := v.(map[string]any)
		if !ok || len(m) != 1 {
			return node{v: v, ptr: ptr, kind: nValue, flat: flat}
		}
		if ref, ok := m["Ref"]; ok && ref == "AWS::NoValue" {
			return node{ptr: parent, kind: nAbsent, flat: flat}
		}
		if c, ok := m["Fn::If"]; ok {
			args, ok := c.([]any)
			if !ok || len(args) != 3 {
				return node{v: v, ptr: ptr, kind: nUnknown, flat: flat}
			}
			name, _ := args[0].(string)
			val, ok := r.conds[name]
			if !ok {
				return node{v: v, ptr: ptr, kind: nUnknown, flat: flat}
			}
			i := 2
			if val {
				i = 1
			}
			if !flat {
				ptr += "/Fn::If/" + strconv.Itoa(i)
			}
			v = args[i]
			continue
		}
		if isIntrinsic(m) {
			return node{v: v, ptr: ptr, kind: nUnknown, flat: flat}
		}
		return node{v: v, ptr: ptr, kind: nValue, flat: flat}
	}
}

// isIntrinsic reports whether a one-key map is an unresolved intrinsic.
func isIntrinsic(m map[string]any) bool {
	for k := range m {
		return k == "Ref" || strings.HasPrefix(k, "Fn::")
	}
	return false
}

// get returns the child key of map node n.
func (r *reader) get(n node, key string) node {
	switch n.kind {
	case nAbsent:
		return n
	case nUnknown:
		return node{ptr: n.ptr, kind: nUnknown, flat: n.flat}
	}
	m, ok := n.v.(map[string]any)
	if !ok {
		return node{ptr: n.ptr, kind: nUnknown, flat: n.flat}
	}
	child, ok := m[key]
	if !ok {
		return node{ptr: n.ptr, kind: nAbsent, flat: n.flat}
	}
	ptr := n.ptr
	if !n.flat {
		ptr += "/" + esc(key)
	}
	return r.resolve(child, ptr, n.ptr, n.flat)
}

// path follows several keys.
func (r *reader) path(n node, keys ...string) node {
	for _, k := range keys {
		n = r.get(n, k)
	}
	return n
}

// items returns the elements of list node n, without AWS::NoValue ones. A
// map where a list is expected counts as a one-item list when single is set.
func (r *reader) items(n node, single bool) []node {
	if n.kind != nValue {
		return nil
	}
	l, ok := n.v.([]any)
	if !ok {
		if _, isMap := n.v.(map[string]any); isMap && single {
			return []node{n}
		}
		return nil
	}
	out := make([]node, 0, len(l))
	for i, x := range l {
		ptr := n.ptr
		if !n.flat {
			ptr += "/" + strconv.Itoa(i)
		}
		if c := r.resolve(x, ptr, n.ptr, n.flat); c.kind != nAbsent {
			out = append(out, c)
		}
	}
	return out
}

// dsrc is the src of a default value whose deepest existing ancestor is
// ptr: a missing top-level property is placed at the resource.
func (r *reader) dsrc(ptr string) string {
	if len(ptr) == len(r.ptr)+len("/Properties") && strings.HasPrefix(ptr, r.ptr) && strings.HasSuffix(ptr, "/Properties") {
		return r.ptr
	}
	return ptr
}

// prop reads a property path; for SAM functions a property missing from
// the resource is taken from Globals.Function.
func (r *reader) prop(keys ...string) node {
	n := r.path(r.props, keys...)
	if n.kind == nAbsent && r.globals.kind == nValue {
		if g := r.path(r.globals, keys...); g.kind != nAbsent {
			return g
		}
	}
	return n
}

// str reads a string attribute; numbers and booleans are formatted.
func (r *reader) str(n node, def any) Attr {
	switch n.kind {
	case nAbsent:
		return dflt(def, r.dsrc(n.ptr))
	case nUnknown:
		return unknown(n.ptr)
	}
	if s, ok := scalarString(n.v); ok {
		return written(s, n.ptr)
	}
	return unknown(n.ptr)
}

func scalarString(v any) (string, bool) {
	switch t := v.(type) {
	case string:
		return t, true
	case bool:
		return strconv.FormatBool(t), true
	case int:
		return strconv.Itoa(t), true
	case int64:
		return strconv.FormatInt(t, 10), true
	case float64:
		return strconv.FormatFloat(t, 'f', -1, 64), true
	}
	return "", false
}

// boolean reads a bool attribute; "true"/"false" strings count.
func (r *reader) boolean(n node, def any) Attr {
	switch n.kind {
	case nAbsent:
		return dflt(def, r.dsrc(n.ptr))
	case nUnknown:
		return unknown(n.ptr)
	}
	if b, ok := toBool(n.v); ok {
		return written(b, n.ptr)
	}
	return unknown(n.ptr)
}

func toBool(v any) (bool, bool) {
	switch t := v.(type) {
	case bool:
		return t, true
	case string:
		switch strings.ToLower(t) {
		case "true":
			return true, true
		case "false":
			return false, true
		}
	}
	return false, false
}

// num reads a number attribute as float64; numeric strings count.
func (r *reader) num(n node, def any) Attr {
	switch n.kind {
	case nAbsent:
		return dflt(def, r.dsrc(n.ptr))
	case nUnknown:
		return unknown(n.ptr)
	}
	if f, ok := toNum(n.v); ok {
		return written(f, n.ptr)
	}
	return unknown(n.ptr)
}

func toNum(v any) (float64, bool) {
	switch t := v.(type) {
	case int:
		return float64(t), true
	case int64:
		return float64(t), true
	case float64:
		return t, true
	case string:
		f, err := strconv.ParseFloat(strings.TrimSpace(t), 64)
		return f, err == nil
	}
	return 0, false
}

// strList reads a list of strings; a single string is a one-item list and
// unknown items are nil. The default is an empty list.
func (r *reader) strList(n node) Attr {
	switch n.kind {
	case nAbsent:
		return dflt([]any{}, r.dsrc(n.ptr))
	case nUnknown:
		return unknown(n.ptr)
	}
	if _, ok := n.v.([]any); !ok {
		if s, ok := scalarString(n.v); ok {
			return written([]any{s}, n.ptr)
		}
		return unknown(n.ptr)
	}
	items := r.items(n, false)
	out := make([]any, len(items))
	for i, it := range items {
		if s, ok := scalarString(it.v); ok && it.kind == nValue {
			out[i] = s
		}
	}
	return written(out, n.ptr)
}

// object reads a raw value (map or list) with the variant applied.
func (r *reader) object(n node, def any) Attr {
	switch n.kind {
	case nAbsent:
		return dflt(def, r.dsrc(n.ptr))
	case nUnknown:
		return unknown(n.ptr)
	}
	v, _ := r.deep(n.v)
	return written(v, n.ptr)
}

// deep copies v with the variant's Fn::If branches chosen and AWS::NoValue
// removed; ok is false when v itself is removed.
func (r *reader) deep(v any) (any, bool) {
	switch t := v.(type) {
	case map[string]any:
		if len(t) == 1 {
			if ref, ok := t["Ref"]; ok && ref == "AWS::NoValue" {
				return nil, false
			}
			if args, ok := t["Fn::If"].([]any); ok && len(args) == 3 {
				name, _ := args[0].(string)
				if val, ok := r.conds[name]; ok {
					if val {
						return r.deep(args[1])
					}
					return r.deep(args[2])
				}
			}
		}
		out := make(map[string]any, len(t))
		for k, x := range t {
			if y, ok := r.deep(x); ok {
				out[k] = y
			}
		}
		return out, true
	case []any:
		out := make([]any, 0, len(t))
		for _, x := range t {
			if y, ok := r.deep(x); ok {
				out = append(out, y)
			}
		}
		return out, true
	}
	return v, true
}

// link reads a reference attribute: a Ref or GetAtt to a template resource
// becomes that resource's logical id (written); other values read as str.
func (r *reader) link(a *cfn, n node) Attr {
	if n.kind == nUnknown {
		if id, ok := a.refID(n.v); ok {
			return written(id, n.ptr)
		}
	}
	return r.str(n, nil)
}

// deletionPolicy reads the resource's DeletionPolicy.
func (r *reader) deletionPolicy(def string) Attr {
	n := r.get(r.res, "DeletionPolicy")
	if n.kind == nAbsent {
		return dflt(def, r.ptr)
	}
	return r.str(n, nil)
}

// policyDoc reads an IAM policy document, which may also be a JSON string.
// It returns nil when the document is absent.
func (r *reader) policyDoc(n node) *policyDoc {
	switch n.kind {
	case nAbsent:
		return nil
	case nUnknown:
		return &policyDoc{Src: n.ptr, State: Unknown, Statements: []*statement{}}
	}
	if s, ok := n.v.(string); ok {
		var v any
		if err := json.Unmarshal([]byte(s), &v); err != nil {
			return &policyDoc{Src: n.ptr, State: Unknown, Statements: []*statement{}}
		}
		n = node{v: v, ptr: n.ptr, kind: nValue, flat: true}
	}
	d := &policyDoc{Src: n.ptr, State: Written, Statements: []*statement{}}
	if _, ok := n.v.(map[string]any); !ok {
		d.State = Unknown
		return d
	}
	sts := r.get(n, "Statement")
	if sts.kind == nUnknown {
		d.State = Unknown
		return d
	}
	for _, sn := range r.items(sts, true) {
		if _, ok := sn.v.(map[string]any); !ok || sn.kind != nValue {
			d.State = Unknown
			continue
		}
		cond := r.get(sn, "Condition")
		st := &statement{
			Src:           sn.ptr,
			Effect:        r.str(r.get(sn, "Effect"), "Allow"),
			Actions:       r.strList(r.get(sn, "Action")),
			NotActions:    r.strList(r.get(sn, "NotAction")),
			Resources:     r.strList(r.get(sn, "Resource")),
			NotResources:  r.strList(r.get(sn, "NotResource")),
			Principals:    r.object(r.get(sn, "Principal"), nil),
			NotPrincipals: r.object(r.get(sn, "NotPrincipal"), nil),
			HasCondition:  r.present(cond),
		}
		d.Statements = append(d.Statements, st)
	}
	return d
}

// present is a bool attribute saying whether n exists (default false).
func (r *reader) present(n node) Attr {
	switch n.kind {
	case nAbsent:
		return dflt(false, r.dsrc(n.ptr))
	case nUnknown:
		// A child of an unknown value, or an Fn::If that may be NoValue.
		if m, ok := n.v.(map[string]any); !ok || m["Fn::If"] != nil {
			return unknown(n.ptr)
		}
	}
	return written(true, n.ptr)
}

var ptrEscaper = strings.NewReplacer("~", "~0", "/", "~1")

// esc escapes one JSON pointer token.
func esc(s string) string {
	if strings.ContainsAny(s, "~/") {
		return ptrEscaper.Replace(s)
	}
	return s
}

// FromTemplate builds the normalised view of a parsed template.
func FromTemplate(t *cloudformation.Template) map[string]any {
	return CloudFormation(t.Doc, t.FalseConditionResources)
}

// Schema is the JSON Schema of input.aws. TEMPORARY
func Schema() map[string]any { return nil }
