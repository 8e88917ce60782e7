package cloud

import (
	"sync"

	"slices"

	"github.com/zclconf/go-cty/cty"

	"github.com/shipgate/shipgate/parsers/terraform"
)

// unknownValue stands for a Terraform value that cannot be known statically
// inside the JSON-shaped values the readers walk.
type unknownValue struct{}

// tfResource is a Terraform resource with its values in reader form.
type tfResource struct {
	r      *terraform.Resource
	values any
}

// FromTerraform builds the normalised view of an evaluated Terraform
// configuration, reading every collection's TF sources as declared in
// aws.go.
func FromTerraform(cfg *terraform.Config) map[string]any {
	a := &adapter{tf: true, out: make(map[*Collection][]*object, len(collections)), tfByType: map[string][]*tfResource{}, tfAddrs: map[string]bool{}, tfSrcs: cfg.Doc.Source}
	for _, res := range cfg.Resources {
		if res.Mode != "managed" {
			continue
		}
		tr := &tfResource{r: res, values: viewValue(res.Values)}
		a.tfByType[res.Type] = append(a.tfByType[res.Type], tr)
		a.tfAddrs[res.Address] = true
	}
	for _, res := range cfg.Resources {
		if res.Mode != "managed" {
			continue
		}
		srcs := tfSources()[res.Type]
		if len(srcs) == 0 {
			continue
		}
		tr := a.tfByType[res.Type][slices.IndexFunc(a.tfByType[res.Type], func(t *tfResource) bool { return t.r == res })]
		r := a.tfReader(tr)
		for _, s := range srcs {
			r.origin = s.src
			a.readSource(s.c, s.src, r)
		}
	}
	for _, c := range collections {
		if c.tfLink != nil {
			c.tfLink(a, a.out[c])
		}
	}
	return a.render()
}

// tfReader starts reading a Terraform resource.
func (a *adapter) tfReader(tr *tfResource) *reader {
	res := tr.r
	r := &reader{id: res.Address, typ: res.Type, ptr: res.Ptr, propsPtr: res.Ptr + "/values", tf: true, tfRes: res, srcs: a.tfSrcs}
	r.res = node{v: map[string]any{"values": tr.values}, ptr: res.Ptr, kind: nValue}
	r.props = r.get(r.res, "values")
	return r
}

// tfSources maps a Terraform resource type to its origins; built when a
// module is first read, not at every process start.
var tfSources = sync.OnceValue(func() map[string][]cfnSource {
	m := map[string][]cfnSource{}
	for _, c := range collections {
		for i := range c.TF {
			s := &c.TF[i]
			for _, t := range s.Types {
				m[t] = append(m[t], cfnSource{c, s})
			}
		}
	}
	return m
})

// viewValue converts a value to the JSON-shaped form the readers walk,
// unknown parts as unknownValue and nulls left out (absent).
func viewValue(v cty.Value) any { return terraform.JSONValue(v, unknownValue{}, true) }

// viaNode finds the resource of a Via that refers to the object r reads.
// found is false when none does; unknown is true when one might but its
// reference cannot be resolved.
func (a *adapter) viaNode(r *reader, v *via) (n node, found, unknown bool) {
	refs, unknown := a.refersTo(r, v.typ, v.ref)
	if len(refs) == 0 {
		return node{}, false, unknown
	}
	cr := refs[0]
	return cr.steps(cr.props, v.path), true, false
}

// isAddress reports whether s is the address of a resource of the
// configuration (a reference that resolved).
func (a *adapter) isAddress(s string) bool { return a.tfAddrs[s] }

// viaAt resolves a Via source, following Else when no resource refers to
// the object. It returns the node read, its key, the source whose
// modifiers apply, and ok false when the reference cannot be resolved.
func (a *adapter) viaAt(r *reader, n node, c Source, prefix string) (node, string, Source, bool) {
	viaKey := c.written
	for c.via != nil {
		at, found, unknown := a.viaNode(r, c.via)
		switch {
		case found:
			return at, c.written, c, true
		case unknown:
			return node{}, c.written, c, false
		case c.orElse == nil:
			return node{ptr: r.propsPtr, kind: nAbsent}, c.written, c, true
		}
		c = *c.orElse
	}
	at := a.at(r, n, c, 0)
	if at.kind == nAbsent {
		// Nothing written either way: name the resource that would set it.
		return at, viaKey, c, true
	}
	key := prefix + c.written
	if len(c.alts) > 1 {
		key = prefix + c.altKey(at)
	}
	return at, key, c, true
}

// deletionPolicyTF is Terraform's equivalent of a DeletionPolicy:
// lifecycle.prevent_destroy = true keeps the resource (Retain), a written
// false is the default written out, at its line.
func deletionPolicyTF(def string) func(a *adapter, r *reader, n node) Attr {
	return func(_ *adapter, r *reader, _ node) Attr {
		v, ok := preventDestroy(r)
		if !ok {
			v = dflt(def, r.ptr)
		} else if v.State == Written && v.Value == false {
			v.Value = def
		}
		v.Key = "lifecycle.prevent_destroy"
		return v
	}
}

// preventDestroy reads lifecycle.prevent_destroy: "Retain" when true, false
// when written false, unknown when written but not known; ok is false when
// it is not written.
func preventDestroy(r *reader) (v Attr, ok bool) {
	res := r.tfRes
	switch {
	case res.FromPlan:
		// A plan does not record lifecycle settings.
		return unknown(r.ptr), true
	case res.PreventDestroyPtr == "":
		return Attr{}, false
	case res.PreventDestroy == nil:
		return unknown(res.PreventDestroyPtr), true
	case *res.PreventDestroy:
		return written("Retain", res.PreventDestroyPtr), true
	}
	return written(false, res.PreventDestroyPtr), true
}
