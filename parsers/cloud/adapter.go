package cloud

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/shipgate/shipgate/parsers/terraform"
	"github.com/shipgate/shipgate/scanner/model"
)

// adapter is the state of reading one document, CloudFormation or
// Terraform, into the view: the declaration is interpreted with the
// format's sources.
type adapter struct {
	// tf is set when the document is Terraform: fields are read from their
	// TF sources.
	tf       bool
	tfByType map[string][]*tfResource
	// tfAddrs holds the address of every managed Terraform resource.
	tfAddrs map[string]bool
	// tfSrcs is the Terraform document's source map.
	tfSrcs    map[string]model.Range
	out       map[*Collection][]*object
	resources map[string]any
	resPtrs   map[string]string
	falseCond map[string]bool
	// globals holds the SAM Globals section of each resource type that
	// has one (samGlobals).
	globals map[string]node
	// inputs maps the pointer of a value to the parameter it came from.
	inputs map[string]model.Input
	// bucketPolicies waits for every bucket to be read.
	bucketPolicies []pendingBucketPolicy
	// names caches byName look-ups, keyed by type and name property.
	names map[[2]string]map[string]string
}

// object is one rendered object of a collection.
type object struct {
	m        map[string]any
	resource string
	// docs are the policy documents linked to a bucket.
	docs []*policyDoc
}

// render assembles the view with every service and collection present.
func (a *adapter) render() map[string]any {
	view := make(map[string]any, len(collections))
	for _, c := range collections {
		svc, _ := view[c.Service].(map[string]any)
		if svc == nil {
			svc = map[string]any{}
			view[c.Service] = svc
		}
		objs := a.out[c]
		list := make([]any, len(objs))
		for i, o := range objs {
			list[i] = o.m
		}
		svc[c.Name] = list
	}
	return view
}

// object starts an object of collection c for the resource being read,
// with src as its own pointer.
func (a *adapter) object(c *Collection, r *reader, src string) *object {
	m := make(map[string]any, len(c.Fields)+5)
	m["resource"] = r.id
	m["type"] = r.typ
	m["src"] = src
	if r.variant != "" {
		m["variant"] = r.variant
	}
	o := &object{m: m, resource: r.id}
	a.out[c] = append(a.out[c], o)
	return o
}

// readSource reads the objects one source declares for the resource.
func (a *adapter) readSource(c *Collection, s *Origin, r *reader) {
	switch {
	case s.Read != nil:
		s.Read(a, r, c)
	case s.Items != "":
		for _, n := range r.items(r.path(r.props, strings.Split(s.Items, ".")...), true) {
			o := a.object(c, r, n.ptr)
			a.fill(r, n, c.Fields, o.m, s.Items+"[].")
			if s.Set != nil {
				s.Set(a, r, n, o)
			}
		}
	default:
		o := a.object(c, r, r.ptr)
		a.fill(r, r.props, c.Fields, o.m, "")
		if s.Set != nil {
			s.Set(a, r, r.props, o)
		}
	}
}

// fill reads fields from n into m. prefix is prepended to the keys the
// attributes record, so that an item's attribute names its list.
func (a *adapter) fill(r *reader, n node, fields []Field, m map[string]any, prefix string) {
	for i := range fields {
		f := &fields[i]
		switch f.Type {
		case Plain, Statements:
			// Set by the source.
		case Group:
			sub := make(map[string]any, len(f.Fields))
			a.fill(r, n, f.Fields, sub, prefix)
			m[f.Key] = sub
		case Objects:
			src := a.src(f)
			var items []node
			key := a.key(prefix + src.written)
			switch {
			case src.items != nil:
				items = src.items(a, r, n)
			case len(src.alts) > 0:
				items = r.items(a.at(r, n, src, 0), false)
			}
			list := make([]any, len(items))
			for j, it := range items {
				sub := make(map[string]any, len(f.Fields)+1)
				sub["src"] = it.ptr
				itemKey := key + "[]."
				if src.items != nil {
					itemKey = prefix + relKey(n.ptr, it.ptr)
					if it.approx && !strings.HasSuffix(itemKey, "[].") {
						// A list item without a pointer of its own (a
						// JSON string's) still names its list.
						itemKey = strings.TrimSuffix(itemKey, ".") + "[]."
					}
				}
				a.fill(r, it, f.Fields, sub, itemKey)
				list[j] = sub
			}
			m[f.Key] = list
		case Document:
			src := a.src(f)
			if len(src.alts) == 0 && src.hook == nil {
				m[f.Key] = nil
				continue
			}
			if d := a.policyDoc(r, a.at(r, n, src, 0), a.key(prefix+src.written)); d != nil {
				m[f.Key] = d.toMap()
			} else {
				m[f.Key] = nil
			}
		default:
			v := a.attr(r, n, f, prefix)
			if in, ok := a.inputs[v.Src]; ok && v.State == Written {
				v.Input = &in
			}
			m[f.Key] = v.render(n.ptr)
		}
	}
}

// relKey is the key prefix of the node at pointer ptr below the node at
// base, for the items of an ItemsHook, which have no declared path:
// "ArtifactStore." or "ArtifactStores[].ArtifactStore.". Fn::If branches
// are skipped; a node that is not below base gets no prefix.
func relKey(base, ptr string) string {
	rest, ok := strings.CutPrefix(ptr, base+"/")
	if !ok {
		return ""
	}
	var parts []string
	toks := strings.Split(rest, "/")
	for i := 0; i < len(toks); i++ {
		t := strings.ReplaceAll(strings.ReplaceAll(toks[i], "~1", "/"), "~0", "~")
		switch {
		case t == "Fn::If":
			i++ // and the branch index
		case isIndex(t):
			if len(parts) > 0 {
				parts[len(parts)-1] += "[]"
			}
		default:
			parts = append(parts, t)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, ".") + "."
}

// isIndex is true for a pointer token that is an array index.
func isIndex(t string) bool {
	if t == "" {
		return false
	}
	for _, c := range t {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// src is where the adapter's format writes a field.
func (a *adapter) src(f *Field) Source {
	if a.tf {
		return f.TF
	}
	return f.CFN
}

// at resolves the path of c from n: the first alternative that is present,
// else the first alternative's absent node. Top-level properties of SAM
// functions fall back to Globals.Function. alt is the alternative to start
// from.
func (a *adapter) at(r *reader, n node, c Source, alt int) node {
	var first node
	for i := alt; i < len(c.alts); i++ {
		base := n
		if c.resource {
			base = r.res
		}
		got := r.steps(base, c.alts[i])
		if got.kind == nAbsent && n.ptr == r.props.ptr && !c.resource && r.globals.kind == nValue && !r.ignoreGlobals[c.alts[i][0].key] {
			if g := r.steps(r.globals, c.alts[i]); g.kind != nAbsent {
				got = g
			}
		}
		if got.kind != nAbsent {
			return got
		}
		if i == alt {
			first = got
		}
	}
	return first
}

// attr reads an attribute field from n.
func (a *adapter) attr(r *reader, n node, f *Field, prefix string) Attr {
	c := a.src(f)
	if c.hook != nil {
		return c.hook(a, r, n)
	}
	var at node
	var key string
	switch {
	case c.via != nil:
		var ok bool
		at, key, c, ok = a.viaAt(r, n, c, prefix)
		if !ok {
			v := unknown(r.ptr)
			v.Key = a.key(key)
			return v
		}
	case len(c.alts) == 0:
		// The format does not write this field: nothing is known of it.
		return Attr{State: Unknown, Src: r.dsrc(n.ptr)}
	default:
		at = a.at(r, n, c, 0)
		key = prefix + c.written
		if len(c.alts) > 1 {
			key = prefix + c.altKey(at)
		}
	}
	var v Attr
	switch {
	case c.fixed:
		v = dflt(f.Default, r.dsrc(at.ptr))
	case c.present:
		v = r.present(at)
		if v.State == Default && f.Default != nil {
			// Absent is the declared default: a bucket without an
			// encryption rule is still encrypted (SSE-S3).
			v.Value = f.Default
		}
	case c.conv != nil:
		v = r.str(at, nil)
		switch v.State {
		case Written:
			v.Value = c.conv(v.Value.(string))
		case Default:
			v.Value = f.Default
		}
	default:
		switch f.Type {
		case String:
			v = r.str(at, f.Default)
		case Bool:
			v = r.boolean(at, f.Default)
		case Number:
			v = r.num(at, f.Default)
		case List:
			v = r.strList(at)
		case Object:
			v = r.object(at, f.Default)
		case Ref:
			v = r.link(a, at)
		default:
			panic("cloud: field " + f.Key + " of type " + string(f.Type) + " has no reader")
		}
	}
	v.Key = a.key(key)
	return v
}

// key is the key of a declared path as the format's users write it:
// Terraform's nested blocks are lists in the view's paths
// (versioning_configuration[0].status), but a single block is written
// without an index (versioning_configuration.status).
func (a *adapter) key(k string) string {
	if a.tf {
		return strings.ReplaceAll(k, "[0]", "")
	}
	return k
}

// altKey names the alternative of c that n was read from.
func (c Source) altKey(n node) string {
	alts := strings.Split(c.written, "|")
	for i, steps := range c.alts {
		if len(steps) > 0 && strings.HasSuffix(n.ptr, "/"+model.PointerToken(steps[len(steps)-1].key)) {
			return alts[i]
		}
	}
	return alts[0]
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
	// flat marks a tree parsed from a JSON string: its children point at
	// the string, unless the source map knows their own pointers (see
	// reader.child).
	flat bool
	// approx marks a flat node whose ptr is an ancestor's.
	approx bool
	// up is the item an ItemsHook took this node from, when it is not the
	// node's parent (an ArtifactStores item for its ArtifactStore).
	up *node
}

// reader reads one variant of one resource.
type reader struct {
	id, typ, ptr string
	// propsPtr is the pointer of the resource's properties (CloudFormation
	// Properties, Terraform values): a default found there sits at the
	// resource.
	propsPtr string
	variant  string
	// tf marks a Terraform resource: its values hold no intrinsics.
	tf bool
	// tfRes is the Terraform resource being read, origin the declaration
	// it is read for.
	tfRes  *terraform.Resource
	origin *Origin
	// srcs is the document's source map, when pointers inside JSON strings
	// may have ranges of their own (Terraform).
	srcs map[string]model.Range
	// conds is the variant's choice for each expanded condition.
	conds   map[string]bool
	res     node
	props   node
	globals node
	// ignoreGlobals holds the Globals.Function properties a SAM function
	// does not inherit (its IgnoreGlobals resource attribute); "*" is all.
	ignoreGlobals map[string]bool
}

// resolve applies the variant to v found at ptr inside parent: it follows
// Fn::If branches and turns AWS::NoValue into absence.
func (r *reader) resolve(v any, ptr, parent string, flat bool) node {
	if _, ok := v.(unknownValue); ok {
		return node{ptr: ptr, kind: nUnknown, flat: flat}
	}
	if r.tf {
		if s, ok := v.(string); ok && strings.IndexByte(s, 0) >= 0 {
			// Inside a document parsed from a string: a resource's id
			// alone joins resources, among other text it is unknown.
			addr, ok := terraform.RefAddress(s)
			if !ok {
				return node{ptr: ptr, kind: nUnknown, flat: flat}
			}
			v = addr
		}
		return node{v: v, ptr: ptr, kind: nValue, flat: flat}
	}
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
		return node{ptr: n.ptr, kind: nUnknown, flat: n.flat, approx: n.approx}
	}
	m, ok := n.v.(map[string]any)
	if !ok {
		return node{ptr: n.ptr, kind: nUnknown, flat: n.flat, approx: n.approx}
	}
	child, ok := m[key]
	if !ok {
		return node{ptr: n.ptr, kind: nAbsent, flat: n.flat, approx: n.approx}
	}
	ptr, approx := r.child(n, model.PointerToken(key))
	c := r.resolve(child, ptr, n.ptr, n.flat)
	c.approx = approx
	return c
}

// child is the pointer of the child tok of n, and whether it is only an
// ancestor's: the children of a tree parsed from a string point at the
// string, unless the format's source map knows the child's own pointer (a
// Terraform jsonencode() argument written as an object literal).
func (r *reader) child(n node, tok string) (ptr string, approx bool) {
	if !n.flat {
		return n.ptr + "/" + tok, false
	}
	if !n.approx {
		if _, ok := r.srcs[n.ptr+"/"+tok]; ok {
			return n.ptr + "/" + tok, false
		}
	}
	return n.ptr, true
}

// path follows several keys.
func (r *reader) path(n node, keys ...string) node {
	for _, k := range keys {
		n = r.get(n, k)
	}
	return n
}

// steps follows a declared path: keys, and the first item of a list (an
// empty list reads as absent).
func (r *reader) steps(n node, steps []step) node {
	for _, s := range steps {
		if !s.first {
			n = r.get(n, s.key)
			continue
		}
		if n.kind != nValue {
			continue
		}
		if items := r.items(n, true); len(items) > 0 {
			n = items[0]
		} else {
			n = node{ptr: n.ptr, kind: nAbsent}
		}
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
		ptr, approx := r.child(n, strconv.Itoa(i))
		if c := r.resolve(x, ptr, n.ptr, n.flat); c.kind != nAbsent {
			c.approx = approx
			out = append(out, c)
		}
	}
	return out
}

// dsrc is the src of a default value whose deepest existing ancestor is
// ptr: a missing top-level property is placed at the resource.
func (r *reader) dsrc(ptr string) string {
	if ptr == r.propsPtr {
		return r.ptr
	}
	return ptr
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
	case unknownValue:
		return nil, true
	case map[string]any:
		if len(t) == 1 && !r.tf {
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
func (r *reader) link(a *adapter, n node) Attr {
	if n.kind == nUnknown {
		if id, ok := a.refID(n.v); ok {
			return written(id, n.ptr)
		}
	}
	return r.str(n, nil)
}

// parseJSON reads a value written as a JSON string (a policy document, an
// EMR security configuration, container definitions) as the tree it holds,
// whose children point at the string; a string that is not JSON is
// unknown. Any other node is returned as it is.
func (r *reader) parseJSON(n node) node {
	s, ok := n.v.(string)
	if !ok || n.kind != nValue {
		return n
	}
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		return node{ptr: n.ptr, kind: nUnknown}
	}
	return node{v: v, ptr: n.ptr, kind: nValue, flat: true}
}

// policyDoc reads an IAM policy document, which may also be a JSON string.
// It returns nil when the document is absent. key is the document's
// property path, for the keys of its statements' attributes.
func (a *adapter) policyDoc(r *reader, n node, key string) *policyDoc {
	switch n.kind {
	case nAbsent:
		return nil
	case nUnknown:
		return &policyDoc{Src: n.ptr, State: Unknown, Statements: []any{}}
	}
	if n = r.parseJSON(n); n.kind == nUnknown {
		return &policyDoc{Src: n.ptr, State: Unknown, Statements: []any{}}
	}
	d := &policyDoc{Src: n.ptr, State: Written, Statements: []any{}}
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
		st := make(map[string]any, len(statementFields)+1)
		st["src"] = sn.ptr
		a.fill(r, sn, statementFields, st, key+".Statement[].")
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
