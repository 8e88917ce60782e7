package cloud

// State says how an attribute's value was obtained.
type State string

// The attribute states of the normalised view.
const (
	// Written means the value was set in the source.
	Written State = "written"
	// Default means the value was not set; Value is the AWS default.
	Default State = "default"
	// Unknown means the value was set but cannot be known statically.
	Unknown State = "unknown"
)

// Attr is one leaf attribute of the normalised view.
type Attr struct {
	// Value is the normalised value, nil when unknown.
	Value any
	// State is how Value was obtained. The zero State renders as Default
	// with a nil value, placed at the owning resource.
	State State
	// Src is the JSON pointer of the value (Written, Unknown) or of the
	// nearest enclosing block that exists (Default).
	Src string
	// File is set only when the value comes from another file than the
	// document's own.
	File string
}

func written(v any, src string) Attr { return Attr{Value: v, State: Written, Src: src} }
func dflt(v any, src string) Attr    { return Attr{Value: v, State: Default, Src: src} }
func unknown(src string) Attr        { return Attr{State: Unknown, Src: src} }

// known reports whether the attribute holds a statically known value.
func (a Attr) known() bool { return a.State == Written || a.State == Default }

// toMap renders the attribute; fallback is the source pointer used when the
// attribute was never filled.
func (a Attr) toMap(fallback string) map[string]any {
	if a.State == "" {
		a = dflt(nil, fallback)
	}
	m := map[string]any{"value": a.Value, "state": string(a.State), "src": a.Src}
	if a.File != "" {
		m["file"] = a.File
	}
	return m
}

// base holds the fields every normalised resource object has.
type base struct {
	// Resource is the address used in findings: a CloudFormation logical id
	// or a Terraform address.
	Resource string
	// Type is the source resource type.
	Type string
	// Src is the JSON pointer of the resource.
	Src string
	// File is set only when not the document's own file.
	File string
	// Variant names the Fn::If branch combination of this copy, empty when
	// the resource has a single copy.
	Variant string
}

// obj starts the output map of a resource object with its base fields and
// returns a function that adds attributes to it.
func (b *base) obj(n int) (map[string]any, func(key string, a Attr)) {
	m := make(map[string]any, n+5)
	m["resource"] = b.Resource
	m["type"] = b.Type
	m["src"] = b.Src
	if b.File != "" {
		m["file"] = b.File
	}
	if b.Variant != "" {
		m["variant"] = b.Variant
	}
	return m, func(key string, a Attr) { m[key] = a.toMap(b.Src) }
}
