package cloud

import (
	"slices"
	"strings"
)

// Collection declares one list of the normalised view, such as s3.buckets:
// its fields and where each input format writes them. The declaration is
// the only place a field is named: the format readers, the JSON Schema of
// the policy input (Schema) and docs/normalised-view.md (Reference) are all
// derived from it.
type Collection struct {
	// Service and Name place the list at input.aws.<Service>.<Name>.
	Service, Name string
	// Doc says what the objects are, for the reference.
	Doc string
	// CFN and TF list the CloudFormation and Terraform origins of the
	// objects.
	CFN, TF []Origin
	// Fields are the object's fields besides resource, type, src, file and
	// variant, which every object has.
	Fields []Field
	// Notes are extra paragraphs for the reference.
	Notes []string
	// cfnLink and tfLink run once every object of a document is read,
	// for what joins objects of several resources (bucket policies).
	cfnLink, tfLink func(a *adapter, objs []*object)
}

// Type is the type of a field.
type Type string

// The field types. Attribute types render as {value, state, src, key};
// the others are shown in their own shapes.
const (
	String Type = "string"
	Bool   Type = "bool"
	Number Type = "number"
	// List is a list of strings; an item that cannot be known is null.
	List Type = "list"
	// Object is a raw value (map or list) as written, Fn::If applied.
	Object Type = "object"
	// Ref is a string; a reference to a resource of the same document
	// reads as that resource's address.
	Ref Type = "reference"
	// Document is an IAM policy document, {src, state, statements}, or
	// null when absent.
	Document Type = "policy document"
	// Statements renders a policy document's state and statements into the
	// object itself (iam.policies).
	Statements Type = "statements"
	// Documents is a list attribute whose value holds policy documents.
	Documents Type = "policy documents"
	// Group is a nested object of attributes (Fields), such as
	// encryption.enabled.
	Group Type = "group"
	// Objects is a list of objects with their own src and Fields, such as
	// a pipeline's stages.
	Objects Type = "objects"
	// Plain is a plain JSON value, not an attribute, set by the source
	// (the direction of a security group rule).
	Plain Type = "plain"
)

// attribute reports whether fields of type t render as attribute objects.
func (t Type) attribute() bool {
	switch t {
	case String, Bool, Number, List, Object, Ref, Documents:
		return true
	}
	return false
}

// Field is one field of a collection's objects.
type Field struct {
	Key  string
	Type Type
	// Default is the value AWS applies when the field is not written, nil
	// when there is none. Lists default to [] and objects to {} or null
	// as declared.
	Default any
	// Doc describes the field and, for a default, where the AWS behaviour
	// is documented.
	Doc string
	// CFN and TF say where CloudFormation and Terraform write the field.
	// A format without a source reads the field as unknown.
	CFN, TF Source
	// Fields are the fields of a Group or of each of Objects.
	Fields []Field
}

// Origin is one CloudFormation origin of a collection's objects.
type Origin struct {
	// Types are the resource types read.
	Types []string
	// Items, when set, is the property path of a list whose items are the
	// objects (inline security group rules); each item is then read as the
	// object, with its own src. Otherwise the resource is the object.
	Items string
	// Name is the Terraform argument that names the object (bucket for a
	// bucket), which other resources may refer to instead of its address.
	Name string
	// Set fills the Plain fields of an object from its item or resource.
	Set func(a *adapter, r *reader, n node, obj *object)
	// Read replaces the generic reading for sources a path cannot express
	// (IAM policies from eight kinds of resources, bucket policies joined to
	// their buckets). It adds objects with a.object and a.fill.
	Read func(a *adapter, r *reader, c *Collection)
}

// Source is where a format writes a field: a property path, a resource
// attribute, or a hook.
type Source struct {
	// alts are the alternative paths (the first present wins), each a list
	// of steps relative to Properties (or to the item of Objects).
	alts [][]step
	// written is the path as declared, for the reference.
	written string
	// resource marks a resource attribute (DeletionPolicy), read outside
	// Properties.
	resource bool
	// fixed marks a value CloudFormation cannot set: always the default.
	fixed bool
	// present reads whether the path exists rather than its value.
	present bool
	// conv converts a written scalar (Status: Enabled → true).
	conv func(string) any
	// hook computes an attribute that no path expresses.
	hook func(a *adapter, r *reader, n node) Attr
	// items computes the item nodes of Objects.
	items func(a *adapter, r *reader, n node) []node
	// note explains a hook in the reference.
	note string
	// via reads the field from another resource that refers to the object
	// (Terraform's split S3 resources); orElse is read when none does.
	via    *via
	orElse *Source
}

// via names a resource type that attaches to an object by a reference
// argument, and the path read from it.
type via struct {
	typ, ref string
	path     []step
}

// step is one step of a path: a key, or the first item of a list.
type step struct {
	key   string
	first bool
}

// Prop is a dot-separated property path; "|" separates alternatives, and
// "[0]" after a key takes the first item of that list.
func Prop(path string) Source {
	c := Source{written: path}
	for _, alt := range strings.Split(path, "|") {
		var steps []step
		for _, k := range strings.Split(alt, ".") {
			first := strings.HasSuffix(k, "[0]")
			k = strings.TrimSuffix(k, "[0]")
			steps = append(steps, step{key: k})
			if first {
				steps = append(steps, step{first: true})
			}
		}
		c.alts = append(c.alts, steps)
	}
	return c
}

// Res is a resource attribute outside Properties (DeletionPolicy).
func Res(name string) Source {
	c := Prop(name)
	c.resource = true
	return c
}

// Fixed is a value CloudFormation cannot set; the default is placed at the
// deepest existing part of path.
func Fixed(path string) Source {
	c := Prop(path)
	c.fixed = true
	return c
}

// Hook computes a field that no path expresses; note says how, for the
// reference.
func Hook(note string, fn func(a *adapter, r *reader, n node) Attr) Source {
	return Source{hook: fn, note: note}
}

// ItemsHook computes the items of an Objects field.
func ItemsHook(note string, fn func(a *adapter, r *reader, n node) []node) Source {
	return Source{items: fn, note: note}
}

// Via reads a field from the resource of type typ whose argument ref
// refers to the object (by address, or by the object's name): path in it,
// or with an empty path the resource itself (for Present). A reference
// that cannot be resolved makes the field unknown.
func Via(typ, ref, path string) Source {
	c := Source{written: typ + "." + path, via: &via{typ: typ, ref: ref}}
	if path != "" {
		c.via.path = Prop(path).alts[0]
	} else {
		c.written = typ
	}
	return c
}

// Else is read when no resource of a Via refers to the object (an inline
// block that the split resource replaces).
func (c Source) Else(other Source) Source { c.orElse = &other; return c }

// Present reads whether the path is there (true) or absent (false). It
// applies to the Else source too: a modifier holds for the whole chain.
func (c Source) Present() Source {
	c.present = true
	if c.orElse != nil {
		e := c.orElse.Present()
		c.orElse = &e
	}
	return c
}

// Conv converts the written scalar, of the Else source too.
func (c Source) Conv(fn func(string) any) Source {
	c.conv = fn
	if c.orElse != nil {
		e := c.orElse.Conv(fn)
		c.orElse = &e
	}
	return c
}

// Collections is the whole AWS view, in the order of the reference.
func Collections() []*Collection { return collections }

// services lists the service keys in order of first appearance (an area
// may add collections to a service of another), each present in every view.
func services() []string {
	var out []string
	for _, c := range collections {
		if !slices.Contains(out, c.Service) {
			out = append(out, c.Service)
		}
	}
	return out
}
