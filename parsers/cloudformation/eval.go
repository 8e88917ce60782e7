package cloudformation

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"

	"github.com/shipgate/shipgate/scanner/model"
)

// rnode is a resolved value with the span each part of it is reported at.
type rnode struct {
	Value any
	Span  span
	// mkids and lkids hold the children of a map or list value that kept
	// their own spans.
	mkids map[string]*rnode
	lkids []*rnode
	// computed marks a value built by an intrinsic (a Sub or Join result, a
	// parameter value): every part of it is reported at sp.
	computed bool
	// noValue marks Ref AWS::NoValue: the enclosing key or item goes away.
	noValue bool
	// input is the parameter a Ref took its value from.
	input *model.Input
}

// tri is a three-valued condition result.
type tri int8

const (
	undecided tri = iota
	isTrue
	isFalse
)

// The pseudo parameters that a scan cannot know stay unknown ({"Ref":
// ...}) unless overridden: the region, account, stack name and id and
// notification ARNs are facts of a deployment, and assuming one region
// would decide every condition on AWS::Region and drop the resources it
// guards. AWS::Partition and AWS::URLSuffix are the commercial partition's
// ("aws", "amazonaws.com") unless a given region lies in another (cn-*,
// us-gov-*): ARNs such as arn:${AWS::Partition}:iam::aws:policy/... then
// read as written, which is what nearly every template is deployed to.
const (
	defaultPartition = "aws"
	defaultURLSuffix = "amazonaws.com"
)

// resolver evaluates intrinsic functions over a template.
type resolver struct {
	params     map[string]*pnode
	overrides  map[string]string
	resources  map[string]bool
	mappings   any
	conditions map[string]*pnode
	condMemo   map[string]tri
	condBusy   map[string]bool
	paramMemo  map[string]paramValue
	// budget bounds what evaluation produces; once exceeded, resolve
	// stops evaluating.
	budget budget
}

type paramValue struct {
	Value any
	known bool
}

func newResolver(root *pnode, overrides map[string]string) *resolver {
	r := &resolver{
		params:     map[string]*pnode{},
		overrides:  overrides,
		resources:  map[string]bool{},
		conditions: map[string]*pnode{},
		condMemo:   map[string]tri{},
		condBusy:   map[string]bool{},
		paramMemo:  map[string]paramValue{},
	}
	if p := root.Get("Parameters"); p != nil && p.Kind == mappingNode {
		for i, k := range p.Keys {
			r.params[k] = p.Kids[i]
		}
	}
	if res := root.Get("Resources"); res != nil && res.Kind == mappingNode {
		for _, k := range res.Keys {
			r.resources[k] = true
		}
	}
	if c := root.Get("Conditions"); c != nil && c.Kind == mappingNode {
		for i, k := range c.Keys {
			r.conditions[k] = c.Kids[i]
		}
	}
	if m := root.Get("Mappings"); m != nil {
		r.mappings = r.resolve(m, m.Span).Value
	}
	return r
}

func isIntrinsicKey(k string) bool {
	return k == "Ref" || k == "Condition" || strings.HasPrefix(k, "Fn::")
}

// isIntrinsicMap reports whether m is an intrinsic function call.
func isIntrinsicMap(m map[string]any) bool {
	if len(m) != 1 {
		return false
	}
	for k := range m {
		return isIntrinsicKey(k)
	}
	return false
}

// known reports whether v holds no unresolved intrinsic.
func known(v any) bool {
	switch x := v.(type) {
	case map[string]any:
		if isIntrinsicMap(x) {
			return false
		}
		for _, c := range x {
			if !known(c) {
				return false
			}
		}
	case []any:
		for _, c := range x {
			if !known(c) {
				return false
			}
		}
	}
	return true
}

// scalarString formats a scalar as CloudFormation turns it into a string.
func scalarString(v any) string {
	s, _ := formatScalar(v)
	return s
}

func formatScalar(v any) (string, bool) {
	switch x := v.(type) {
	case string:
		return x, true
	case int:
		return strconv.Itoa(x), true
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64), true
	case bool:
		return strconv.FormatBool(x), true
	}
	return "", false
}

func computed(v any, sp span) *rnode { return &rnode{Value: v, Span: sp, computed: true} }

func keep(key string, arg *rnode, sp span) *rnode {
	return &rnode{Value: map[string]any{key: arg.Value}, Span: sp, mkids: map[string]*rnode{key: arg}}
}

// resolve evaluates n, reported at sp.
func (r *resolver) resolve(n *pnode, sp span) *rnode {
	if r.budget.err != nil {
		return &rnode{Span: sp}
	}
	switch n.Kind {
	case sequenceNode:
		out := &rnode{Span: sp, lkids: make([]*rnode, 0, len(n.Kids))}
		list := make([]any, 0, len(n.Kids))
		for _, k := range n.Kids {
			c := r.resolve(k, k.Span)
			if c.noValue {
				continue
			}
			list = append(list, c.Value)
			out.lkids = append(out.lkids, c)
		}
		out.Value = list
		return out
	case mappingNode:
		if len(n.Keys) == 1 && isIntrinsicKey(n.Keys[0]) {
			out := r.intrinsic(n, sp)
			if out.computed {
				r.budget.charge(out.Value, sp, n.Keys[0])
			}
			return out
		}
		out := &rnode{Span: sp, mkids: make(map[string]*rnode, len(n.Keys))}
		m := make(map[string]any, len(n.Keys))
		for i, k := range n.Keys {
			c := r.resolve(n.Kids[i], n.EntrySpan(i))
			if c.noValue {
				continue
			}
			m[k] = c.Value
			out.mkids[k] = c
		}
		out.Value = m
		return out
	}
	return &rnode{Value: n.Value, Span: sp}
}

func (r *resolver) intrinsic(n *pnode, sp span) *rnode {
	key, argNode := n.Keys[0], n.Kids[0]
	argSp := n.EntrySpan(0)
	if key == "Fn::If" {
		return r.fnIf(argNode, argSp, sp)
	}
	arg := r.resolve(argNode, argSp)
	v := arg.Value
	list, _ := v.([]any)
	switch key {
	case "Ref":
		name, ok := v.(string)
		if !ok {
			break
		}
		if name == "AWS::NoValue" {
			k := keep(key, arg, sp)
			k.noValue = true
			return k
		}
		if val, ok := r.ref(name); ok {
			c := computed(val, sp)
			if _, isParam := r.params[name]; isParam {
				_, given := r.overrides[name]
				c.input = &model.Input{Kind: "parameter", Name: name, Default: !given}
			}
			return c
		}
	case "Fn::Sub":
		return r.fnSub(arg, sp)
	case "Fn::Join":
		if len(list) != 2 {
			break
		}
		delim, ok := list[0].(string)
		items, ok2 := list[1].([]any)
		if !ok || !ok2 || !known(items) {
			break
		}
		parts := make([]string, len(items))
		for i, it := range items {
			s, ok := formatScalar(it)
			if !ok {
				return keep(key, arg, sp)
			}
			parts[i] = s
		}
		size := len(delim) * max(len(parts)-1, 0)
		for _, p := range parts {
			size += len(p)
		}
		if !r.budget.fits(len(parts), size, sp, key) {
			break
		}
		return computed(strings.Join(parts, delim), sp)
	case "Fn::Select":
		if len(list) != 2 || !known(list[0]) {
			break
		}
		idx, ok := toIndex(list[0])
		items, ok2 := list[1].([]any)
		if !ok || !ok2 || idx < 0 || idx >= len(items) {
			break
		}
		if !arg.computed && len(arg.lkids) == 2 {
			if from := arg.lkids[1]; !from.computed && len(from.lkids) == len(items) {
				return from.lkids[idx]
			}
		}
		return computed(items[idx], sp)
	case "Fn::Split":
		if len(list) != 2 {
			break
		}
		delim, ok := list[0].(string)
		s, ok2 := list[1].(string)
		if !ok || !ok2 || delim == "" || !r.budget.fits(strings.Count(s, delim)+1, 0, sp, key) {
			break
		}
		var parts []any
		for _, p := range strings.Split(s, delim) {
			parts = append(parts, p)
		}
		return computed(parts, sp)
	case "Fn::FindInMap":
		if val, ok := r.findInMap(list); ok {
			return computed(val, sp)
		}
	case "Fn::Base64":
		if s, ok := v.(string); ok && r.budget.fits(1, base64.StdEncoding.EncodedLen(len(s)), sp, key) {
			return computed(base64.StdEncoding.EncodeToString([]byte(s)), sp)
		}
	case "Fn::Length":
		if known(list) && list != nil {
			return computed(len(list), sp)
		}
	case "Fn::ToJsonString":
		if (list != nil || isMap(v)) && known(v) && r.budget.fits(1, jsonSize(v, MaxValueBytes), sp, key) {
			var b bytes.Buffer
			enc := json.NewEncoder(&b)
			enc.SetEscapeHTML(false)
			if enc.Encode(v) == nil {
				return computed(strings.TrimSuffix(b.String(), "\n"), sp)
			}
		}
	}
	// Fn::GetAtt, Fn::ImportValue, Fn::GetAZs, Fn::Cidr, Fn::Transform,
	// condition functions and anything unresolved stay as written, with
	// their arguments resolved.
	return keep(key, arg, sp)
}

func isMap(v any) bool {
	_, ok := v.(map[string]any)
	return ok
}

func toIndex(v any) (int, bool) {
	switch x := v.(type) {
	case int:
		return x, true
	case float64:
		if x == float64(int(x)) {
			return int(x), true
		}
	case string:
		i, err := strconv.Atoi(strings.TrimSpace(x))
		return i, err == nil
	}
	return 0, false
}

// fnIf picks the branch of a decidable condition. With an undecidable one
// both branches stay, resolved, so adapters can expand the variants; an
// AWS::NoValue branch then stays as written.
func (r *resolver) fnIf(arg *pnode, argSp, sp span) *rnode {
	if arg.Kind == sequenceNode && len(arg.Kids) == 3 {
		if name, ok := arg.Kids[0].Str(); ok {
			switch r.cond(name) {
			case isTrue:
				return r.resolve(arg.Kids[1], arg.Kids[1].Span)
			case isFalse:
				return r.resolve(arg.Kids[2], arg.Kids[2].Span)
			}
		}
		out := &rnode{Span: argSp}
		list := make([]any, 0, 3)
		for _, k := range arg.Kids {
			c := r.resolve(k, k.Span)
			c.noValue = false
			list = append(list, c.Value)
			out.lkids = append(out.lkids, c)
		}
		out.Value = list
		return keep("Fn::If", out, sp)
	}
	return keep("Fn::If", r.resolve(arg, argSp), sp)
}

// ref returns the value of a parameter or pseudo parameter.
func (r *resolver) ref(name string) (any, bool) {
	if _, ok := r.params[name]; ok {
		pv := r.param(name)
		return pv.Value, pv.known
	}
	if !strings.HasPrefix(name, "AWS::") {
		return nil, false
	}
	if v, ok := r.overrides[name]; ok {
		if name == "AWS::NotificationARNs" {
			return splitList(v), true
		}
		return v, true
	}
	region := r.overrides["AWS::Region"]
	switch name {
	case "AWS::Partition":
		switch {
		case strings.HasPrefix(region, "cn-"):
			return "aws-cn", true
		case strings.HasPrefix(region, "us-gov-"):
			return "aws-us-gov", true
		}
		return defaultPartition, true
	case "AWS::URLSuffix":
		if strings.HasPrefix(region, "cn-") {
			return "amazonaws.com.cn", true
		}
		return defaultURLSuffix, true
	}
	// AWS::Region, AWS::AccountId, AWS::StackName, AWS::StackId,
	// AWS::NotificationARNs without an override, and AWS::NoValue.
	return nil, false
}

// param returns a parameter's value: its override, else its Default, typed
// by its Type. SSM parameter types hold a parameter name whose value is only
// known at deployment, so they stay unknown.
func (r *resolver) param(name string) paramValue {
	if pv, ok := r.paramMemo[name]; ok {
		return pv
	}
	pv := r.paramUncached(name)
	r.paramMemo[name] = pv
	return pv
}

func (r *resolver) paramUncached(name string) paramValue {
	p := r.params[name]
	typ, _ := p.Get("Type").Str()
	if strings.HasPrefix(typ, "AWS::SSM::Parameter::Value<") {
		return paramValue{}
	}
	isList := typ == "CommaDelimitedList" || strings.HasPrefix(typ, "List<")
	s, ok := r.overrides[name]
	if !ok {
		d := p.Get("Default")
		switch {
		case d == nil:
			return paramValue{}
		case d.Kind == scalarNode && d.Value != nil:
			s, ok = formatScalar(d.Value)
			if !ok {
				return paramValue{}
			}
		case d.Kind == sequenceNode && isList:
			var items []any
			for _, k := range d.Kids {
				str, ok := formatScalar(k.Value)
				if k.Kind != scalarNode || !ok {
					return paramValue{}
				}
				items = append(items, str)
			}
			return paramValue{Value: items, known: true}
		default:
			return paramValue{}
		}
	}
	switch {
	case isList:
		return paramValue{Value: splitList(s), known: true}
	case typ == "Number":
		if i, err := strconv.Atoi(strings.TrimSpace(s)); err == nil {
			return paramValue{Value: i, known: true}
		}
		if f, err := strconv.ParseFloat(strings.TrimSpace(s), 64); err == nil {
			return paramValue{Value: f, known: true}
		}
	}
	return paramValue{Value: s, known: true}
}

// splitList splits a comma-delimited list value, trimming blanks around
// items.
func splitList(s string) []any {
	if s == "" {
		return []any{}
	}
	parts := strings.Split(s, ",")
	out := make([]any, len(parts))
	for i, p := range parts {
		out[i] = strings.TrimSpace(p)
	}
	return out
}

func (r *resolver) findInMap(list []any) (any, bool) {
	if len(list) != 3 && len(list) != 4 {
		return nil, false
	}
	var keys [3]string
	for i := range keys {
		s, ok := formatScalar(list[i])
		if !ok {
			return nil, false
		}
		keys[i] = s
	}
	var cur any = r.mappings
	found := true
	for _, k := range keys {
		m, ok := cur.(map[string]any)
		if !ok {
			found = false
			break
		}
		if cur, ok = m[k]; !ok {
			found = false
			break
		}
	}
	if found && known(cur) {
		return cur, true
	}
	if len(list) == 4 {
		if m, ok := list[3].(map[string]any); ok {
			if d, ok := m["DefaultValue"]; ok && known(d) && !found {
				return d, true
			}
		}
	}
	return nil, false
}

// fnSub substitutes ${Var} references. It returns a string when every
// reference resolves; otherwise it keeps Fn::Sub with the resolved parts
// substituted and the rest left as written.
func (r *resolver) fnSub(arg *rnode, sp span) *rnode {
	var tmpl string
	var vars map[string]any
	switch v := arg.Value.(type) {
	case string:
		tmpl = v
	case []any:
		if len(v) != 2 {
			return keep("Fn::Sub", arg, sp)
		}
		s, ok := v[0].(string)
		m, ok2 := v[1].(map[string]any)
		if !ok || !ok2 || isIntrinsicMap(m) {
			// A one-entry map that is itself an intrinsic is not a
			// variable map we can read.
			return keep("Fn::Sub", arg, sp)
		}
		tmpl, vars = s, m
	default:
		return keep("Fn::Sub", arg, sp)
	}
	if !r.budget.fits(1, r.subSize(tmpl, vars), sp, "Fn::Sub") {
		return keep("Fn::Sub", arg, sp)
	}
	var full, partial strings.Builder
	complete := true
	used := map[string]bool{}
	for {
		i := strings.Index(tmpl, "${")
		if i < 0 {
			full.WriteString(tmpl)
			partial.WriteString(tmpl)
			break
		}
		full.WriteString(tmpl[:i])
		partial.WriteString(tmpl[:i])
		tmpl = tmpl[i:]
		if strings.HasPrefix(tmpl, "${!") {
			full.WriteString("${")
			partial.WriteString("${!")
			tmpl = tmpl[3:]
			continue
		}
		j := strings.IndexByte(tmpl, '}')
		if j < 0 {
			full.WriteString(tmpl)
			partial.WriteString(tmpl)
			break
		}
		name := strings.TrimSpace(tmpl[2:j])
		if val, ok := r.subVar(name, vars); ok {
			if !r.budget.fits(1, max(full.Len(), partial.Len())+2*len(val), sp, "Fn::Sub") {
				return keep("Fn::Sub", arg, sp)
			}
			full.WriteString(val)
			partial.WriteString(strings.ReplaceAll(val, "${", "${!"))
			used[name] = true
		} else {
			complete = false
			full.WriteString(tmpl[:j+1])
			partial.WriteString(tmpl[:j+1])
			delete(used, name)
		}
		tmpl = tmpl[j+1:]
	}
	if complete {
		return computed(full.String(), sp)
	}
	if !r.budget.charge(partial.String(), sp, "Fn::Sub") {
		return keep("Fn::Sub", arg, sp)
	}
	if len(vars) == 0 {
		return keep("Fn::Sub", computed(partial.String(), arg.Span), sp)
	}
	rest := map[string]any{}
	for k, v := range vars {
		if !used[k] {
			rest[k] = v
		}
	}
	if len(rest) == 0 {
		return keep("Fn::Sub", computed(partial.String(), arg.Span), sp)
	}
	return keep("Fn::Sub", computed([]any{partial.String(), rest}, arg.Span), sp)
}

func (r *resolver) subVar(name string, vars map[string]any) (string, bool) {
	if v, ok := vars[name]; ok {
		if !known(v) {
			return "", false
		}
		return formatScalar(v)
	}
	if strings.Contains(name, ".") {
		return "", false // Fn::GetAtt
	}
	v, ok := r.ref(name)
	if !ok {
		return "", false
	}
	return formatScalar(v)
}

// cond evaluates a named condition. A cycle or a missing condition is
// undecidable.
func (r *resolver) cond(name string) tri {
	if v, ok := r.condMemo[name]; ok {
		return v
	}
	n, ok := r.conditions[name]
	if !ok || r.condBusy[name] {
		return undecided
	}
	r.condBusy[name] = true
	v := r.evalCond(r.resolve(n, n.Span).Value)
	delete(r.condBusy, name)
	r.condMemo[name] = v
	return v
}

func (r *resolver) evalCond(v any) tri {
	if b, ok := v.(bool); ok {
		return fromBool(b)
	}
	m, ok := v.(map[string]any)
	if !ok || len(m) != 1 {
		return undecided
	}
	for key, arg := range m {
		list, _ := arg.([]any)
		switch key {
		case "Fn::Equals":
			if len(list) != 2 || !known(list[0]) || !known(list[1]) {
				return undecided
			}
			return fromBool(equalValues(list[0], list[1]))
		case "Fn::And", "Fn::Or":
			if len(list) == 0 {
				return undecided
			}
			stop := isFalse // And: any false decides
			if key == "Fn::Or" {
				stop = isTrue
			}
			all := true
			for _, c := range list {
				switch r.evalCond(c) {
				case stop:
					return stop
				case undecided:
					all = false
				}
			}
			if !all {
				return undecided
			}
			if stop == isFalse {
				return isTrue
			}
			return isFalse
		case "Fn::Not":
			if len(list) != 1 {
				return undecided
			}
			switch r.evalCond(list[0]) {
			case isTrue:
				return isFalse
			case isFalse:
				return isTrue
			}
		case "Condition":
			if s, ok := arg.(string); ok {
				return r.cond(s)
			}
		}
	}
	return undecided
}

func fromBool(b bool) tri {
	if b {
		return isTrue
	}
	return isFalse
}

// equalValues compares as Fn::Equals does: scalars by their string form.
func equalValues(a, b any) bool {
	sa, oka := formatScalar(a)
	sb, okb := formatScalar(b)
	if oka && okb {
		return sa == sb
	}
	return reflect.DeepEqual(a, b)
}
