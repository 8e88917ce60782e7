package terraform

import (
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"maps"
	"math/big"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"

	"github.com/shipgate/shipgate/scanner/model"
)

// Budgets bound the evaluation of one configuration: a hostile module must
// end in an error, never in unbounded time or memory.
const (
	// maxDepth is how deep module calls nest.
	maxDepth = 10
	// maxInstances is how many instances one count or for_each makes.
	maxInstances = 1000
	// maxResources is how many resource instances one configuration makes.
	maxResources = 20000
)

// errBudget reports a configuration that exceeds a budget.
type errBudget struct{ msg string }

func (e errBudget) Error() string { return e.msg }

// Resource is one evaluated resource instance.
type Resource struct {
	// Address is Terraform's: module.app.aws_s3_bucket.logs["a"].
	Address string
	// Mode is "managed" or "data".
	Mode       string
	Type, Name string
	// Module is the address of the module instance, "" for the root.
	Module string
	// Calls is the chain of module calls that created it, outermost first.
	Calls []Call
	// Ptr is the JSON pointer of the resource in the document's raw tree;
	// its values are under Ptr + "/values", block lists as lists.
	Ptr string
	// Values are the evaluated arguments and blocks: an object, with
	// unknown parts unknown. A reference to a managed resource's id or arn
	// that the configuration does not set reads as that resource's address.
	Values cty.Value
	// Unknown is true when the instance's count or for_each could not be
	// decided: the resource is kept as one instance rather than dropped.
	Unknown bool
	// PreventDestroy is lifecycle.prevent_destroy, when known.
	PreventDestroy *bool
	// FromPlan marks a resource read from a plan, which does not record
	// lifecycle settings: PreventDestroy is unknown, not false.
	FromPlan bool
	// PreventDestroyPtr is the pointer of lifecycle.prevent_destroy in the
	// document's source map when it is written ("" when not); with
	// PreventDestroy nil it is written but not known.
	PreventDestroyPtr string
	// Range is the resource block.
	Range model.Range
}

// Call is one module call on a resource's chain.
type Call struct {
	// Address is the module instance: module.app, module.app["x"].
	Address string
	Range   model.Range
}

// Options are the inputs of an evaluation.
type Options struct {
	// Vars are --var NAME=VALUE assignments, in order.
	Vars []string
	// VarFiles are --var-file contents by path, in order.
	VarFiles []model.File
}

// evaluator evaluates one root module and the modules it calls.
type evaluator struct {
	ctx     context.Context
	modules map[string]*module
	files   map[string][]byte
	// rootDir is the root module's directory: Terraform's working
	// directory, which relative paths start from.
	rootDir string
	// readMore reads files outside the unit (model.Unit.Read), nil for none;
	// list lists a directory's files (model.Unit.List).
	readMore func(string) ([]byte, error)
	list     func(string) ([]string, error)
	// downloaded maps the key of a module call (app, app.bucket) to the
	// directory `terraform init` downloaded it to, from
	// .terraform/modules/modules.json; downloadedBytes counts what was read
	// of them, against maxDownloadedBytes.
	downloaded      map[string]string
	downloadedBytes int
	// sensitive holds the strings of variables declared sensitive, which
	// no message may print.
	sensitive []string
	// root is the root module's instance, whose aws provider's
	// default_tags every AWS resource inherits.
	root   *instance
	pos    *positions
	out    []*Resource
	notes  []model.Note
	source map[string]model.Range
	// origins maps an argument's pointer to where its value was set (see
	// origin).
	origins map[string]model.Range
	raw     map[string]any
	// policyDocs are the aws_iam_policy_document data sources evaluated so
	// far, by their json, so that an argument holding that json can place
	// its statements at the statement blocks.
	policyDocs map[string][]policyDocSrc
}

// policyDocSrc is where an aws_iam_policy_document was evaluated.
type policyDocSrc struct {
	module, ptr string
}

// instance is one module instance being evaluated.
type instance struct {
	m      *module
	addr   string
	calls  []Call
	depth  int
	stack  []string
	vars   map[string]cty.Value
	locals map[string]cty.Value
	// res holds managed resources by type, then name.
	res map[string]map[string]cty.Value
	// data holds data sources by type, then name.
	data map[string]map[string]cty.Value
	mods map[string]cty.Value
	// refs are the attribute names read from each resource key anywhere in
	// the module, so that an attribute the configuration does not set
	// evaluates to unknown rather than an error.
	refs map[string]map[string]bool
	fns  map[string]function.Function
	// root is the root module's directory.
	root string
	// key is the instance's key in modules.json: "" for the root, then
	// the call names joined by dots (app, app.bucket).
	key string
	// origins holds where each variable's value was set, when outside the
	// module.
	origins map[string]model.Range
	// base caches the context's variables; dirty names the roots (local,
	// module, data, a resource type) to rebuild after a node changed them.
	base  map[string]cty.Value
	dirty map[string]bool
}

// evaluate evaluates the root module m with the variables Terraform would
// use, and the modules it calls.
func (e *evaluator) evaluate(m *module, opts Options) error {
	e.rootDir = m.dir
	e.readManifest()
	origins := map[string]hcl.Range{}
	vars, err := e.rootVars(m, opts, origins)
	if err != nil {
		return err
	}
	set := make(map[string]model.Range, len(origins))
	for name, r := range origins {
		set[name] = e.pos.rng(r)
	}
	_, err = e.instantiate(m, "", nil, vars, set, 0, nil)
	return err
}

// rootVars applies Terraform's precedence: defaults, TF_VAR_ environment
// variables, terraform.tfvars, *.auto.tfvars, then --var-file and --var in
// order. A variable with no value is unknown.
func (e *evaluator) rootVars(m *module, opts Options, origins map[string]hcl.Range) (map[string]cty.Value, error) {
	vals := map[string]cty.Value{}
	for name, s := range envVars() {
		vals[name] = cty.StringVal(s)
	}
	for _, f := range m.varFiles {
		if err := readVarFile(f, vals, origins); err != nil {
			return nil, err
		}
	}
	for _, vf := range opts.VarFiles {
		hf, diags := parseVarFile(vf)
		if diags.HasErrors() {
			return nil, diagError(vf.Path, diags, true)
		}
		if err := readVarFile(hf, vals, origins); err != nil {
			return nil, err
		}
	}
	for _, kv := range opts.Vars {
		name, s, _ := strings.Cut(kv, "=")
		vals[name] = varValue(s)
		delete(origins, name)
	}
	return vals, nil
}

// varValue reads a --var value: a list or map literal as HCL, anything else
// as a string, as Terraform does for variables without a complex type.
func varValue(s string) cty.Value {
	if t := strings.TrimSpace(s); strings.HasPrefix(t, "[") || strings.HasPrefix(t, "{") {
		if expr, diags := hclsyntax.ParseExpression([]byte(t), "--var", hcl.Pos{Line: 1, Column: 1}); !diags.HasErrors() {
			if v, diags := expr.Value(nil); !diags.HasErrors() {
				return v
			}
		}
	}
	return cty.StringVal(s)
}

// readVarFile adds the assignments of a variable file to vals.
func readVarFile(f *hcl.File, vals map[string]cty.Value, origins map[string]hcl.Range) error {
	attrs, diags := f.Body.JustAttributes()
	if diags.HasErrors() {
		return diagError(f.Body.MissingItemRange().Filename, diags, false)
	}
	for name, a := range attrs {
		v, d := a.Expr.Value(nil)
		if d.HasErrors() {
			v = cty.DynamicVal
		}
		vals[name] = v
		origins[name] = a.Range
	}
	return nil
}

// instantiate evaluates one instance of module m. given are the values of
// its variables; a variable not given takes its default, else is unknown.
// It returns the module's outputs as an object.
// origins holds where each given value was set, when not in the module
// (a tfvars line, a module block's argument).
func (e *evaluator) instantiate(m *module, addr string, calls []Call, given map[string]cty.Value, origins map[string]model.Range, depth int, stack []string) (cty.Value, error) {
	return e.instantiateKey(m, addr, "", calls, given, origins, depth, stack)
}

// instantiateKey is instantiate for the module call whose modules.json key
// is key.
func (e *evaluator) instantiateKey(m *module, addr, key string, calls []Call, given map[string]cty.Value, origins map[string]model.Range, depth int, stack []string) (cty.Value, error) {
	if err := e.ctx.Err(); err != nil {
		return cty.DynamicVal, err
	}
	in := &instance{
		m: m, addr: addr, key: key, calls: calls, depth: depth, stack: append(slices.Clone(stack), m.dir), root: e.rootDir,
		vars: map[string]cty.Value{}, locals: map[string]cty.Value{},
		res: map[string]map[string]cty.Value{}, data: map[string]map[string]cty.Value{}, mods: map[string]cty.Value{},
		fns: functions(e.rootDir, e.files, e.readMore), origins: map[string]model.Range{},
	}
	for name, v := range m.variables {
		switch val, ok := given[name]; {
		case ok:
			in.vars[name] = val
			if o, ok := origins[name]; ok {
				in.origins[name] = o
			}
		case v.def != nil:
			def, diags := v.def.Value(nil)
			if diags.HasErrors() {
				def = cty.DynamicVal
			}
			in.vars[name] = def
		default:
			in.vars[name] = cty.DynamicVal
		}
		if v.sensitive {
			e.addSensitive(in.vars[name])
		}
	}
	in.refs = referencedAttrs(m)
	if depth == 0 {
		e.root = in
	}
	for _, node := range order(m) {
		if err := e.ctx.Err(); err != nil {
			return cty.DynamicVal, err
		}
		switch {
		case strings.HasPrefix(node, "local."):
			name := strings.TrimPrefix(node, "local.")
			in.locals[name] = e.value(in, m.locals[name].Expr, nil)
			in.changed("local")
		case strings.HasPrefix(node, "module."):
			if err := e.call(in, m.callNamed(strings.TrimPrefix(node, "module."))); err != nil {
				return cty.DynamicVal, err
			}
			in.changed("module")
		default:
			r := m.resourceKeyed(node)
			if err := e.resource(in, r); err != nil {
				return cty.DynamicVal, err
			}
			if r.mode == "data" {
				in.changed("data")
			} else {
				in.changed(r.typ)
			}
		}
	}
	outs := map[string]cty.Value{}
	for name, a := range m.outputs {
		outs[name] = e.value(in, a.Expr, nil)
	}
	return cty.ObjectVal(outs), nil
}

// changed marks a root of the context to rebuild before the next
// expression, once a node has set its value.
func (in *instance) changed(root string) {
	if in.dirty != nil {
		in.dirty[root] = true
	}
}

func (m *module) callNamed(name string) *call {
	for _, c := range m.calls {
		if c.name == name {
			return c
		}
	}
	return nil
}

func (m *module) resourceKeyed(key string) *resource {
	for _, r := range m.resources {
		if r.key() == key {
			return r
		}
	}
	return nil
}

// evalCtx builds the evaluation context of an instance; extra adds count,
// each or a dynamic block's iterator.
func (e *evaluator) evalCtx(in *instance, extra map[string]cty.Value) *hcl.EvalContext {
	if in.base == nil {
		in.base = baseVars(in)
		in.dirty = map[string]bool{}
	}
	for root := range in.dirty {
		in.base[root] = rootValue(in, root)
		delete(in.dirty, root)
	}
	vars := in.base
	if len(extra) > 0 {
		vars = maps.Clone(in.base)
		maps.Copy(vars, extra)
	}
	return &hcl.EvalContext{Variables: vars, Functions: in.fns}
}

// rootValue rebuilds one root of the context after a node changed it.
func rootValue(in *instance, root string) cty.Value {
	switch root {
	case "local":
		return cty.ObjectVal(in.locals)
	case "module":
		return cty.ObjectVal(in.mods)
	case "data":
		data := map[string]cty.Value{}
		for typ, byName := range in.data {
			data[typ] = cty.ObjectVal(byName)
		}
		return cty.ObjectVal(data)
	}
	return cty.ObjectVal(in.res[root])
}

// baseVars are the variables every expression of an instance sees.
func baseVars(in *instance) map[string]cty.Value {
	vars := map[string]cty.Value{
		"var":       cty.ObjectVal(in.vars),
		"local":     cty.ObjectVal(in.locals),
		"module":    cty.ObjectVal(in.mods),
		"path":      cty.ObjectVal(map[string]cty.Value{"module": cty.StringVal(relDir(in.root, in.m.dir)), "root": cty.StringVal("."), "cwd": cty.StringVal(in.root)}),
		"terraform": cty.ObjectVal(map[string]cty.Value{"workspace": cty.StringVal("default")}),
	}
	data := map[string]cty.Value{}
	for typ, byName := range in.data {
		data[typ] = cty.ObjectVal(byName)
	}
	vars["data"] = cty.ObjectVal(data)
	for typ, byName := range in.res {
		vars[typ] = cty.ObjectVal(byName)
	}
	// Every other root a module reads (a resource type it does not
	// declare, self, count outside count) is unknown, not an error.
	for root := range in.refs["*roots"] {
		if _, ok := vars[root]; !ok {
			vars[root] = cty.DynamicVal
		}
	}
	return vars
}

// value evaluates an expression; anything that cannot be evaluated
// statically is unknown.
func (e *evaluator) value(in *instance, expr hcl.Expression, extra map[string]cty.Value) cty.Value {
	v, diags := expr.Value(e.evalCtx(in, extra))
	if diags.HasErrors() || v == cty.NilVal {
		return cty.DynamicVal
	}
	v, _ = v.UnmarkDeep()
	return v
}

// instanceKeys decides the instances of a count or for_each: their keys
// (nil without either) and the count/each values of each; unknown is true
// when they cannot be decided, and one unknown instance is made.
func (e *evaluator) instanceKeys(in *instance, count, forEach hcl.Expression) (keys []cty.Value, extras []map[string]cty.Value, unknown bool, err error) {
	switch {
	case count != nil:
		v := e.value(in, count, nil)
		n, ok := wholeNumber(v)
		if !ok {
			return []cty.Value{cty.UnknownVal(cty.Number)}, []map[string]cty.Value{{"count": cty.ObjectVal(map[string]cty.Value{"index": cty.UnknownVal(cty.Number)})}}, true, nil
		}
		if n > maxInstances {
			return nil, nil, false, errBudget{fmt.Sprintf("count of %d is more than the %d instances shipgate evaluates", n, maxInstances)}
		}
		keys, extras = []cty.Value{}, []map[string]cty.Value{}
		for i := range n {
			keys = append(keys, cty.NumberIntVal(int64(i)))
			extras = append(extras, map[string]cty.Value{"count": cty.ObjectVal(map[string]cty.Value{"index": cty.NumberIntVal(int64(i))})})
		}
		return keys, extras, false, nil
	case forEach != nil:
		v := e.value(in, forEach, nil)
		if !v.IsWhollyKnown() || v.IsNull() || !(v.Type().IsMapType() || v.Type().IsObjectType() || v.Type().IsSetType()) {
			each := cty.ObjectVal(map[string]cty.Value{"key": cty.UnknownVal(cty.String), "value": cty.DynamicVal})
			return []cty.Value{cty.UnknownVal(cty.String)}, []map[string]cty.Value{{"each": each}}, true, nil
		}
		if v.LengthInt() > maxInstances {
			return nil, nil, false, errBudget{fmt.Sprintf("for_each of %d elements is more than the %d instances shipgate evaluates", v.LengthInt(), maxInstances)}
		}
		keys, extras = []cty.Value{}, []map[string]cty.Value{}
		for it := v.ElementIterator(); it.Next(); {
			k, val := it.Element()
			if v.Type().IsSetType() {
				k = val
			}
			if k.Type() != cty.String {
				return []cty.Value{cty.UnknownVal(cty.String)}, []map[string]cty.Value{{"each": cty.ObjectVal(map[string]cty.Value{"key": cty.UnknownVal(cty.String), "value": cty.DynamicVal})}}, true, nil
			}
			keys = append(keys, k)
			extras = append(extras, map[string]cty.Value{"each": cty.ObjectVal(map[string]cty.Value{"key": k, "value": val})})
		}
		return keys, extras, false, nil
	}
	return nil, []map[string]cty.Value{nil}, false, nil
}

// relDir is dir relative to root, as Terraform's path.module is.
func relDir(root, dir string) string {
	rel, err := filepath.Rel(filepath.FromSlash(root), filepath.FromSlash(dir))
	if err != nil {
		return dir
	}
	return filepath.ToSlash(rel)
}

func wholeNumber(v cty.Value) (int, bool) {
	if !v.IsKnown() || v.IsNull() || v.Type() != cty.Number {
		return 0, false
	}
	bf := v.AsBigFloat()
	if !bf.IsInt() || bf.Sign() < 0 {
		return 0, false
	}
	i, acc := bf.Int64()
	if acc != big.Exact || i > 1<<31 {
		return 0, false
	}
	return int(i), true
}

// keySuffix is the address suffix of an instance key: [0], ["a"], or [?]
// when it cannot be known.
func keySuffix(k cty.Value) string {
	switch {
	case k == cty.NilVal:
		return ""
	case !k.IsKnown(), k.Type() == cty.String && strings.Contains(k.AsString(), "\x00"):
		// A key made from a resource's id (refValue) is not known either.
		return "[?]"
	case k.Type() == cty.Number:
		return "[" + k.AsBigFloat().Text('f', 0) + "]"
	}
	return "[" + strconv.Quote(k.AsString()) + "]"
}

// collect turns instance values into what a reference to the whole
// resource or module reads: one object, a tuple for count, an object for
// for_each, unknown when the instances are.
func collect(keys []cty.Value, vals []cty.Value, unknown bool, forEach bool) cty.Value {
	switch {
	case unknown:
		return cty.DynamicVal
	case keys == nil:
		return vals[0]
	case forEach:
		m := map[string]cty.Value{}
		for i, k := range keys {
			m[k.AsString()] = vals[i]
		}
		return cty.ObjectVal(m)
	}
	return cty.TupleVal(vals)
}

// resource evaluates every instance of a resource or data block.
func (e *evaluator) resource(in *instance, r *resource) error {
	keys, extras, unknown, err := e.instanceKeys(in, r.count, r.forEach)
	if err != nil {
		return fmt.Errorf("%s: %w", r.key(), err)
	}
	vals := make([]cty.Value, len(extras))
	for i, extra := range extras {
		var key cty.Value
		if keys != nil {
			key = keys[i]
		}
		addr := r.key() + keySuffix(key)
		if in.addr != "" {
			addr = in.addr + "." + addr
		}
		if len(e.out) >= maxResources {
			return errBudget{fmt.Sprintf("more than %d resource instances", maxResources)}
		}
		ptr := model.Pointer("/resources", addr)
		e.source[ptr] = e.pos.rng(r.rng)
		v := e.body(in, r.body, extra, ptr+"/values", metaArgs)
		if r.mode == "managed" && strings.HasPrefix(r.typ, "aws_") {
			v = e.withDefaultTags(v)
		}
		if r.mode == "data" && r.typ == "aws_iam_policy_document" {
			v = withPolicyJSON(v)
			if j := policyJSON(v); j != "" {
				if e.policyDocs == nil {
					e.policyDocs = map[string][]policyDocSrc{}
				}
				e.policyDocs[j] = append(e.policyDocs[j], policyDocSrc{in.addr, ptr})
			}
		}
		res := &Resource{
			Address: addr, Mode: r.mode, Type: r.typ, Name: r.name, Module: in.addr, Calls: in.calls,
			Ptr: ptr, Values: v, Unknown: unknown, Range: e.pos.rng(r.rng),
		}
		if r.preventDel != nil {
			res.PreventDestroyPtr = ptr + "/lifecycle/0/prevent_destroy"
			e.source[res.PreventDestroyPtr] = e.pos.rng(r.preventDel.Range)
			if pv := e.value(in, r.preventDel.Expr, extra); pv.IsKnown() && !pv.IsNull() && pv.Type() == cty.Bool {
				b := pv.True()
				res.PreventDestroy = &b
			}
		}
		e.out = append(e.out, res)
		e.raw[addr] = map[string]any{"address": addr, "mode": r.mode, "type": r.typ, "name": r.name, "module": in.addr, "values": toJSON(v)}
		vals[i] = e.referable(in, r, addr, v)
	}
	byName := in.res
	if r.mode == "data" {
		byName = in.data
	}
	if byName[r.typ] == nil {
		byName[r.typ] = map[string]cty.Value{}
	}
	byName[r.typ][r.name] = collect(keys, vals, unknown, r.forEach != nil)
	return nil
}

// refValue is the value a managed resource's unset id or arn reads as:
// its address between NUL bytes, with a checksum. JSONValue turns a value
// that is exactly that into the address, so references join resources (a
// bucket's versioning to its bucket), and any other string holding a NUL
// — the id inside an interpolation, a function's result — into unknown:
// that text is not known before apply. No configuration can write a NUL.
func refValue(addr string) string {
	return "\x00" + addr + "\x00" + refSum(addr)
}

// RefAddress is the address of a value refValue made, or ok false. Any
// other string holding a NUL holds a resource's id among other text (an
// interpolation, a function's result, a string inside a JSON document
// written with one): its readers take it as unknown.
func RefAddress(s string) (string, bool) {
	rest, ok := strings.CutPrefix(s, "\x00")
	i := strings.LastIndexByte(rest, 0)
	if !ok || i < 0 || strings.IndexByte(rest[:i], 0) >= 0 || rest[i+1:] != refSum(rest[:i]) {
		return "", false
	}
	return rest[:i], true
}

func refSum(addr string) string {
	h := fnv.New32a()
	h.Write([]byte(addr))
	return strconv.FormatUint(uint64(h.Sum32()), 16)
}

// referable is what other expressions read of a resource instance: its
// values, plus every attribute they read that it does not set, unknown;
// a managed resource's id and arn read as its address (refPrefix).
func (e *evaluator) referable(in *instance, r *resource, addr string, v cty.Value) cty.Value {
	attrs := map[string]cty.Value{}
	if v.IsKnown() && v.Type().IsObjectType() {
		for it := v.ElementIterator(); it.Next(); {
			k, val := it.Element()
			attrs[k.AsString()] = val
		}
	}
	for name := range in.refs[r.key()] {
		if _, ok := attrs[name]; ok {
			continue
		}
		if r.mode == "managed" && (name == "id" || name == "arn" || idAttributes[r.typ] == name) {
			attrs[name] = cty.StringVal(refValue(addr))
			continue
		}
		attrs[name] = cty.DynamicVal
	}
	return cty.ObjectVal(attrs)
}

// idAttributes are the attributes besides id and arn that identify a
// resource to the others of its service, which read as its address too:
// an AppConfig deployment takes its environment's environment_id (the
// environment's id is "<environment_id>:<application_id>"), an SQS queue
// policy its queue's url (the queue's id is its URL).
var idAttributes = map[string]string{
	"aws_appconfig_environment": "environment_id",
	"aws_sqs_queue":             "url",
}

// metaArgs are the arguments and blocks of a resource that configure
// Terraform rather than the resource.
var metaArgs = map[string]bool{"count": true, "for_each": true, "provider": true, "depends_on": true, "lifecycle": true, "provisioner": true, "connection": true}

// body evaluates a block body into an object: arguments by name, nested
// blocks as lists of objects by type (dynamic blocks expanded). It records
// the range of every argument and block under ptr.
func (e *evaluator) body(in *instance, b hcl.Body, extra map[string]cty.Value, ptr string, skip map[string]bool) cty.Value {
	out := map[string]cty.Value{}
	sb, ok := b.(*hclsyntax.Body)
	if !ok {
		// JSON syntax: without provider schemas, nested blocks are read as
		// the objects they are written as.
		attrs, _ := b.JustAttributes()
		for name, a := range attrs {
			if skip[name] {
				continue
			}
			out[name] = e.value(in, a.Expr, extra)
			e.source[model.Pointer(ptr, name)] = e.pos.rng(a.Range)
		}
		return cty.ObjectVal(out)
	}
	for name, a := range sb.Attributes {
		if skip[name] {
			continue
		}
		out[name] = e.value(in, a.Expr, extra)
		p := model.Pointer(ptr, name)
		e.source[p] = e.pos.rng(a.SrcRange)
		e.valueSources(in, a.Expr, out[name], p, extra)
		e.origin(in, p, a.Expr)
	}
	blocks := map[string][]cty.Value{}
	for _, blk := range sb.Blocks {
		if skip[blk.Type] {
			continue
		}
		if blk.Type == "dynamic" && len(blk.Labels) == 1 {
			e.dynamic(in, blk, extra, ptr, blocks)
			continue
		}
		p := model.Pointer(ptr, blk.Type, strconv.Itoa(len(blocks[blk.Type])))
		e.source[p] = e.pos.rng(hcl.RangeBetween(blk.TypeRange, blk.Body.SrcRange))
		if _, seen := e.source[model.Pointer(ptr, blk.Type)]; !seen {
			e.source[model.Pointer(ptr, blk.Type)] = e.pos.rng(hcl.RangeBetween(blk.TypeRange, blk.Body.SrcRange))
		}
		blocks[blk.Type] = append(blocks[blk.Type], e.body(in, blk.Body, extra, p, nil))
	}
	for typ, list := range blocks {
		out[typ] = cty.TupleVal(list)
	}
	return cty.ObjectVal(out)
}

// origin records where the value of an argument written as var.NAME was
// set, when that is outside the module: the finding then shows both.
func (e *evaluator) origin(in *instance, ptr string, expr hclsyntax.Expression) {
	if o, ok := e.varOrigin(in, expr); ok {
		e.origins[ptr] = o
	}
}

// varOrigin is where the value of an expression written as var.NAME was
// set, when outside the module.
func (e *evaluator) varOrigin(in *instance, expr hcl.Expression) (model.Range, bool) {
	x, ok := expr.(*hclsyntax.ScopeTraversalExpr)
	if !ok || len(x.Traversal) != 2 || x.Traversal.RootName() != "var" {
		return model.Range{}, false
	}
	a, ok := x.Traversal[1].(hcl.TraverseAttr)
	if !ok {
		return model.Range{}, false
	}
	o, ok := in.origins[a.Name]
	return o, ok
}

// dynamic expands a dynamic block: one block per element of its for_each,
// with the iterator (the label, or its iterator argument) set.
func (e *evaluator) dynamic(in *instance, blk *hclsyntax.Block, extra map[string]cty.Value, ptr string, blocks map[string][]cty.Value) {
	typ := blk.Labels[0]
	iter := typ
	var forEach hcl.Expression
	var content *hclsyntax.Body
	for name, a := range blk.Body.Attributes {
		switch name {
		case "for_each":
			forEach = a.Expr
		case "iterator":
			if t := hcl.ExprAsKeyword(a.Expr); t != "" {
				iter = t
			}
		}
	}
	for _, c := range blk.Body.Blocks {
		if c.Type == "content" {
			content = c.Body
		}
	}
	if forEach == nil || content == nil {
		return
	}
	rng := e.pos.rng(hcl.RangeBetween(blk.TypeRange, blk.Body.SrcRange))
	one := func(key, val cty.Value) {
		x := maps.Clone(extra)
		if x == nil {
			x = map[string]cty.Value{}
		}
		x[iter] = cty.ObjectVal(map[string]cty.Value{"key": key, "value": val})
		p := model.Pointer(ptr, typ, strconv.Itoa(len(blocks[typ])))
		e.source[p] = rng
		if _, seen := e.source[model.Pointer(ptr, typ)]; !seen {
			e.source[model.Pointer(ptr, typ)] = rng
		}
		blocks[typ] = append(blocks[typ], e.body(in, content, x, p, nil))
	}
	v := e.value(in, forEach, extra)
	if !v.IsWhollyKnown() || v.IsNull() || !v.CanIterateElements() {
		one(cty.DynamicVal, cty.DynamicVal)
		return
	}
	n := 0
	for it := v.ElementIterator(); it.Next() && n < maxInstances; n++ {
		k, val := it.Element()
		if v.Type().IsSetType() {
			k = val
		}
		one(k, val)
	}
}

// call evaluates a module call: a local module is instantiated with its
// inputs; any other source is reported as not evaluated.
func (e *evaluator) call(in *instance, c *call) error {
	mkey := c.name
	if in.key != "" {
		mkey = in.key + "." + c.name
	}
	dir, local := localSource(in.m.dir, c.source)
	if d, ok := e.downloaded[mkey]; ok && (!local || e.modules[dir] == nil) {
		dir, local = d, true
	}
	child := e.modules[dir]
	if child == nil && local && strings.HasPrefix(dir, path.Join(e.rootDir, ".terraform")+"/") {
		child = e.loadDownloaded(dir)
	}
	reason := ""
	switch {
	case !local:
		reason = fmt.Sprintf("module %q: source %q is not a local path and `terraform init` has not downloaded it (.terraform/modules/modules.json); remote modules are not fetched, so its resources are not checked", c.name, c.source)
	case child == nil:
		reason = fmt.Sprintf("module %q: %s holds no Terraform files of this scan; its resources are not checked", c.name, dir)
	case in.depth+1 > maxDepth:
		reason = fmt.Sprintf("module %q: module calls nest deeper than %d; not evaluated", c.name, maxDepth)
	case slices.Contains(in.stack, dir):
		reason = fmt.Sprintf("module %q: %s calls itself; not evaluated again", c.name, dir)
	}
	if reason != "" {
		e.notes = append(e.notes, model.Note{Range: e.pos.rng(c.rng), Message: reason})
		in.mods[c.name] = cty.DynamicVal
		return nil
	}
	keys, extras, unknown, err := e.instanceKeys(in, c.count, c.forEach)
	if err != nil {
		return fmt.Errorf("module.%s: %w", c.name, err)
	}
	vals := make([]cty.Value, len(extras))
	for i, extra := range extras {
		var key cty.Value
		if keys != nil {
			key = keys[i]
		}
		addr := "module." + c.name + keySuffix(key)
		if in.addr != "" {
			addr = in.addr + "." + addr
		}
		given := map[string]cty.Value{}
		origins := map[string]model.Range{}
		for name, a := range c.inputs {
			given[name] = e.value(in, a.Expr, extra)
			// A value the caller passes on from its own variable was set
			// where that variable was.
			origins[name] = e.pos.rng(a.Range)
			if o, ok := e.varOrigin(in, a.Expr); ok {
				origins[name] = o
			}
		}
		calls := append(slices.Clone(in.calls), Call{Address: addr, Range: e.pos.rng(c.rng)})
		out, err := e.instantiateKey(child, addr, mkey, calls, given, origins, in.depth+1, in.stack)
		if err != nil {
			return err
		}
		vals[i] = out
	}
	in.mods[c.name] = collect(keys, vals, unknown, c.forEach != nil)
	return nil
}

// valueSources records ranges inside an argument's value, under the
// argument's pointer, so that a finding about a part of it (a CIDR of a
// list, an IAM statement, a container definition) is placed where that part
// is written: the items of object and tuple literals, also as the argument
// of jsonencode(), and the statement blocks of the aws_iam_policy_document
// whose json the argument holds. A value that comes from elsewhere (a
// variable, a local, a function) keeps the argument's range: the finding is
// placed at the argument that uses it.
func (e *evaluator) valueSources(in *instance, expr hcl.Expression, v cty.Value, ptr string, extra map[string]cty.Value) {
	if call, ok := expr.(*hclsyntax.FunctionCallExpr); ok && call.Name == "jsonencode" && len(call.Args) == 1 && !call.ExpandFinal {
		e.literalSources(in, call.Args[0], ptr, extra)
		return
	}
	e.literalSources(in, expr, ptr, extra)
	if !v.IsKnown() || v.IsNull() || v.Type() != cty.String || len(e.policyDocs) == 0 {
		return
	}
	docs := e.policyDocs[v.AsString()]
	if len(docs) == 0 {
		return
	}
	// Identical documents are equivalent; prefer the caller's own module.
	doc := docs[0]
	for _, d := range docs {
		if d.module == in.addr {
			doc = d
			break
		}
	}
	if rng, ok := e.source[model.Pointer(doc.ptr, "values", "statement")]; ok {
		e.source[model.Pointer(ptr, "Statement")] = rng
	}
	for i := 0; ; i++ {
		st := model.Pointer(doc.ptr, "values", "statement", strconv.Itoa(i))
		rng, ok := e.source[st]
		if !ok {
			return
		}
		dst := model.Pointer(ptr, "Statement", strconv.Itoa(i))
		e.source[dst] = rng
		for tf, iam := range statementKeys {
			if r, ok := e.source[model.Pointer(st, tf)]; ok {
				e.source[model.Pointer(dst, iam)] = r
			}
		}
	}
}

// statementKeys maps the arguments and blocks of an aws_iam_policy_document
// statement to the keys of the JSON statement they become.
var statementKeys = map[string]string{
	"sid": "Sid", "effect": "Effect", "actions": "Action", "not_actions": "NotAction",
	"resources": "Resource", "not_resources": "NotResource", "principals": "Principal",
	"not_principals": "NotPrincipal", "condition": "Condition",
}

// literalSources records the range of every item of an object or tuple
// literal under ptr, recursively: an object item from its key to the end of
// its value, a tuple element its own range.
func (e *evaluator) literalSources(in *instance, expr hcl.Expression, ptr string, extra map[string]cty.Value) {
	switch x := expr.(type) {
	case *hclsyntax.ParenthesesExpr:
		e.literalSources(in, x.Expression, ptr, extra)
	case *hclsyntax.ObjectConsExpr:
		for _, item := range x.Items {
			// Keys are nearly always literal: evaluate them without a
			// context first, which costs no context copy.
			k, diags := item.KeyExpr.Value(nil)
			if diags.HasErrors() {
				k = e.value(in, item.KeyExpr, extra)
			}
			if !k.IsKnown() || k.IsNull() || k.Type() != cty.String {
				continue
			}
			p := model.Pointer(ptr, k.AsString())
			e.source[p] = e.pos.rng(hcl.RangeBetween(item.KeyExpr.Range(), item.ValueExpr.Range()))
			e.literalSources(in, item.ValueExpr, p, extra)
		}
	case *hclsyntax.TupleConsExpr:
		for i, el := range x.Exprs {
			p := model.Pointer(ptr, strconv.Itoa(i))
			e.source[p] = e.pos.rng(el.Range())
			e.literalSources(in, el, p, extra)
		}
	}
}

// policyJSON is the known json of an evaluated aws_iam_policy_document, ""
// when it has none.
func policyJSON(v cty.Value) string {
	if !v.IsKnown() || v.IsNull() || !v.Type().IsObjectType() || !v.Type().HasAttribute("json") {
		return ""
	}
	j := v.GetAttr("json")
	if !j.IsKnown() || j.IsNull() || j.Type() != cty.String {
		return ""
	}
	return j.AsString()
}

// maxDownloadedBytes bounds what one configuration reads of the modules
// `terraform init` downloaded.
const maxDownloadedBytes = 64 << 20

// readManifest reads .terraform/modules/modules.json of the root module,
// when there is one: the directories `terraform init` downloaded registry
// and git modules to.
func (e *evaluator) readManifest() {
	if e.readMore == nil {
		return
	}
	src, err := e.readMore(path.Join(e.rootDir, ".terraform", "modules", "modules.json"))
	if err != nil {
		return
	}
	var manifest struct {
		Modules []struct{ Key, Dir string }
	}
	if json.Unmarshal(src, &manifest) != nil {
		return
	}
	e.downloaded = map[string]string{}
	for _, m := range manifest.Modules {
		if m.Key == "" || m.Dir == "" || path.IsAbs(m.Dir) {
			continue
		}
		dir := path.Clean(path.Join(e.rootDir, m.Dir))
		// Only directories under .terraform: the manifest is not trusted to
		// point anywhere else.
		if strings.HasPrefix(dir, path.Join(e.rootDir, ".terraform")+"/") {
			e.downloaded[m.Key] = dir
		}
	}
}

// loadDownloaded parses a downloaded module directory, within the
// budget; nil when it cannot be read.
func (e *evaluator) loadDownloaded(dir string) *module {
	if e.list == nil || e.readMore == nil {
		return nil
	}
	names, err := e.list(dir)
	if err != nil {
		return nil
	}
	var files []model.File
	for _, name := range names {
		base := path.Base(name)
		if !isConfigFile(base) {
			continue
		}
		src, err := e.readMore(name)
		if err != nil || e.downloadedBytes+len(src) > maxDownloadedBytes {
			return nil
		}
		e.downloadedBytes += len(src)
		e.files[name] = src
		e.pos.add(name, src)
		files = append(files, model.File{Path: name, Src: src})
	}
	if len(files) == 0 {
		return nil
	}
	m, errs := loadModule(dir, files)
	for _, err := range errs {
		e.notes = append(e.notes, model.Note{Range: model.Range{File: dir}, Message: "downloaded module not evaluated in part: " + err.Error()})
	}
	e.modules[dir] = m
	return m
}

// addSensitive records the strings inside a sensitive variable's value.
func (e *evaluator) addSensitive(v cty.Value) {
	if !v.IsWhollyKnown() || v.IsNull() {
		return
	}
	switch t := v.Type(); {
	case t == cty.String:
		if s := v.AsString(); len(s) >= 4 && !slices.Contains(e.sensitive, s) {
			e.sensitive = append(e.sensitive, s)
		}
	case t == cty.Number:
		e.addSensitive(cty.StringVal(v.AsBigFloat().Text('f', -1)))
	case t.IsListType() || t.IsTupleType() || t.IsSetType() || t.IsMapType() || t.IsObjectType():
		for it := v.ElementIterator(); it.Next(); {
			_, el := it.Element()
			e.addSensitive(el)
		}
	}
}

// withDefaultTags adds tags_all, as the AWS provider computes it: the
// root module's provider default_tags merged with the resource's tags,
// which win. Without default_tags, tags_all is the tags.
func (e *evaluator) withDefaultTags(v cty.Value) cty.Value {
	if !v.IsKnown() || !v.Type().IsObjectType() {
		return v
	}
	attrs := v.AsValueMap()
	if attrs == nil {
		attrs = map[string]cty.Value{}
	}
	if _, set := attrs["tags_all"]; set {
		return v
	}
	merged := map[string]cty.Value{}
	if e.root != nil && e.root.m.defaultTags != nil {
		d := e.value(e.root, e.root.m.defaultTags, nil)
		if !d.IsWhollyKnown() {
			attrs["tags_all"] = cty.DynamicVal
			return cty.ObjectVal(attrs)
		}
		if !d.IsNull() && d.CanIterateElements() {
			for it := d.ElementIterator(); it.Next(); {
				k, val := it.Element()
				merged[k.AsString()] = val
			}
		}
	}
	if tags, ok := attrs["tags"]; ok && !tags.IsNull() {
		if !tags.IsWhollyKnown() || !tags.CanIterateElements() {
			attrs["tags_all"] = cty.DynamicVal
			return cty.ObjectVal(attrs)
		}
		for it := tags.ElementIterator(); it.Next(); {
			k, val := it.Element()
			merged[k.AsString()] = val
		}
	}
	if len(merged) == 0 {
		return v
	}
	attrs["tags_all"] = cty.ObjectVal(merged)
	return cty.ObjectVal(attrs)
}
