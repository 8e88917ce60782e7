package cloud

import (
	"strings"
	"sync/atomic"

	"github.com/shipgate/shipgate/scanner/model"
)

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
	// State is how Value was obtained; an Attr a reader never filled has
	// none and renders as Unknown, never as a default.
	State State
	// Src is the JSON pointer of the value (Written, Unknown) or of the
	// nearest enclosing block that exists (Default).
	Src string
	// Key is the format's name of what was read, such as
	// "VersioningConfiguration.Status", for messages.
	Key string
	// File is set only when the value comes from another file than the
	// document's own.
	File string
	// Input is the deployment input (a CloudFormation parameter) the value
	// came from, when it is one's default or given value.
	Input *model.Input
}

func written(v any, src string) Attr { return Attr{Value: v, State: Written, Src: src} }
func dflt(v any, src string) Attr    { return Attr{Value: v, State: Default, Src: src} }
func unknown(src string) Attr        { return Attr{State: Unknown, Src: src} }

// known reports whether the attribute holds a statically known value.
func (a Attr) known() bool { return a.State == Written || a.State == Default }

// unfilled counts attributes rendered without a state: a reader forgot
// them. Tests assert it stays zero.
var unfilled atomic.Int64

// unkeyed counts attributes rendered without a format key, or with the key
// of an item whose list has no name ("[].Type"): messages name the key, so
// tests assert it stays zero.
var unkeyed atomic.Int64

// render turns the attribute into the map policies read; fallback is the
// src of an attribute that was never filled, which reads as unknown.
func (a Attr) render(fallback string) map[string]any {
	if a.State == "" {
		unfilled.Add(1)
		a = unknown(fallback)
	}
	if a.Key == "" || strings.HasPrefix(a.Key, "[]") {
		unkeyed.Add(1)
	}
	m := map[string]any{"value": a.Value, "state": string(a.State), "src": a.Src, "key": a.Key}
	if a.File != "" {
		m["file"] = a.File
	}
	if a.Input != nil {
		m["param"] = map[string]any{"kind": a.Input.Kind, "name": a.Input.Name, "default": a.Input.Default}
	}
	return m
}

// policyDoc is an IAM policy document with its rendered statements.
type policyDoc struct {
	Src  string
	File string
	// State is Written, or Unknown when the document or its statement list
	// cannot be read statically (Statements then holds what could be read).
	State      State
	Statements []any
}

func (d *policyDoc) toMap() map[string]any {
	m := map[string]any{"src": d.Src, "state": string(d.State), "statements": d.Statements}
	if d.File != "" {
		m["file"] = d.File
	}
	return m
}
