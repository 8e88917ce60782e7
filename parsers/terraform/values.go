package terraform

import (
	"encoding/json"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/zclconf/go-cty/cty"

	"github.com/shipgate/shipgate/scanner/model"
)

// positions converts HCL ranges, whose columns count characters, to
// shipgate's, which count bytes, using each file's line starts.
type positions struct {
	lines map[string][]int
}

func newPositions(files map[string][]byte) *positions {
	p := &positions{lines: map[string][]int{}}
	for name, src := range files {
		p.add(name, src)
	}
	return p
}

// add indexes one more file.
func (p *positions) add(name string, src []byte) { p.lines[name] = lineStarts(src) }

func (p *positions) pos(file string, hp hcl.Pos) model.Pos {
	starts := p.lines[file]
	if hp.Line < 1 || hp.Line > len(starts) {
		return model.Pos{Line: hp.Line, Col: hp.Column}
	}
	return model.Pos{Line: hp.Line, Col: hp.Byte - starts[hp.Line-1] + 1}
}

func (p *positions) rng(r hcl.Range) model.Range {
	return model.Range{File: r.Filename, Start: p.pos(r.Filename, r.Start), End: p.pos(r.Filename, r.End)}
}

// toJSON converts a value to the plain JSON-shaped form of input.raw:
// unknown and null become nil, numbers float64.
func toJSON(v cty.Value) any { return JSONValue(v, nil, false) }

// JSONValue converts a value to plain JSON-shaped data (map[string]any,
// []any, string, float64, bool, nil): an unknown part becomes unknown, a
// null nil, and with dropNull an object member that is null is left out
// (absent), as the view's readers want.
func JSONValue(v cty.Value, unknown any, dropNull bool) any {
	if v == cty.NilVal || !v.IsKnown() {
		return unknown
	}
	if v.IsNull() {
		return nil
	}
	t := v.Type()
	switch {
	case t == cty.String:
		s := v.AsString()
		if !strings.Contains(s, "\x00") {
			return s
		}
		if addr, ok := RefAddress(s); ok {
			return addr
		}
		// A JSON document written with an interpolated id (a heredoc
		// policy with "${aws_s3_bucket.b.arn}/*") stays a document:
		// its readers parse it, and only the strings holding the id
		// are unknown (see RefAddress).
		if doc := strings.ReplaceAll(s, "\x00", `\u0000`); isDocument(doc) {
			return doc
		}
		return unknown
	case t == cty.Number:
		f, _ := v.AsBigFloat().Float64()
		return f
	case t == cty.Bool:
		return v.True()
	case t.IsListType() || t.IsTupleType() || t.IsSetType():
		out := make([]any, 0, v.LengthInt())
		for it := v.ElementIterator(); it.Next(); {
			_, e := it.Element()
			out = append(out, JSONValue(e, unknown, dropNull))
		}
		return out
	case t.IsMapType() || t.IsObjectType():
		out := map[string]any{}
		for it := v.ElementIterator(); it.Next(); {
			k, e := it.Element()
			if dropNull && e.IsKnown() && e.IsNull() {
				continue
			}
			out[k.AsString()] = JSONValue(e, unknown, dropNull)
		}
		return out
	}
	return unknown
}

// isDocument reports whether s is a JSON object or array.
func isDocument(s string) bool {
	s = strings.TrimSpace(s)
	return (strings.HasPrefix(s, "{") || strings.HasPrefix(s, "[")) && json.Valid([]byte(s))
}

// withPolicyJSON adds the json attribute of an aws_iam_policy_document data
// source: the policy its statement blocks describe, or unknown when a part
// of it is. Policies written this way are the common way to write IAM in
// Terraform, so they must read like any other document.
func withPolicyJSON(v cty.Value) cty.Value {
	if !v.IsKnown() || !v.Type().IsObjectType() {
		return v
	}
	attrs := v.AsValueMap()
	if attrs == nil {
		attrs = map[string]cty.Value{}
	}
	doc, ok := policyDocument(attrs)
	if !ok {
		attrs["json"] = cty.UnknownVal(cty.String)
		return cty.ObjectVal(attrs)
	}
	b, err := json.Marshal(doc)
	if err != nil {
		attrs["json"] = cty.UnknownVal(cty.String)
	} else {
		attrs["json"] = cty.StringVal(string(b))
	}
	return cty.ObjectVal(attrs)
}

// policyDocument builds the IAM JSON of a policy document's statements;
// ok is false when a part that matters is unknown, or when the document
// merges others (source_policy_documents), which are not evaluated here.
func policyDocument(attrs map[string]cty.Value) (map[string]any, bool) {
	for _, merged := range []string{"source_policy_documents", "override_policy_documents", "source_json", "override_json"} {
		if v, ok := attrs[merged]; ok && !(v.IsKnown() && v.IsNull()) {
			return nil, false
		}
	}
	doc := map[string]any{"Version": "2012-10-17"}
	if v, ok := attrs["version"]; ok {
		doc["Version"] = toJSON(v)
	}
	var sts []any
	if list, ok := attrs["statement"]; ok {
		if !list.IsWhollyKnown() {
			return nil, false
		}
		for it := list.ElementIterator(); it.Next(); {
			_, st := it.Element()
			s, ok := statementJSON(st.AsValueMap())
			if !ok {
				return nil, false
			}
			sts = append(sts, s)
		}
	}
	doc["Statement"] = sts
	return doc, true
}

func statementJSON(st map[string]cty.Value) (map[string]any, bool) {
	out := map[string]any{"Effect": "Allow"}
	str := func(k string) (any, bool) {
		v, ok := st[k]
		if !ok || (v.IsKnown() && v.IsNull()) {
			return nil, false
		}
		return toJSON(v), true
	}
	for tf, iam := range map[string]string{"sid": "Sid", "effect": "Effect", "actions": "Action", "not_actions": "NotAction", "resources": "Resource", "not_resources": "NotResource"} {
		if v, ok := str(tf); ok {
			out[iam] = v
		}
	}
	for tf, iam := range map[string]string{"principals": "Principal", "not_principals": "NotPrincipal"} {
		list, ok := st[tf]
		if !ok {
			continue
		}
		p := map[string]any{}
		for it := list.ElementIterator(); it.Next(); {
			_, pr := it.Element()
			m := pr.AsValueMap()
			typ, ids := toJSON(m["type"]), toJSON(m["identifiers"])
			ts, ok := typ.(string)
			if !ok {
				return nil, false
			}
			if ts == "*" {
				p = nil
				out[iam] = "*"
				break
			}
			p[ts] = ids
		}
		if p != nil {
			out[iam] = p
		}
	}
	if list, ok := st["condition"]; ok && list.LengthInt() > 0 {
		cond := map[string]any{}
		for it := list.ElementIterator(); it.Next(); {
			_, c := it.Element()
			m := c.AsValueMap()
			test, _ := toJSON(m["test"]).(string)
			variable, _ := toJSON(m["variable"]).(string)
			if test == "" || variable == "" {
				return nil, false
			}
			byVar, _ := cond[test].(map[string]any)
			if byVar == nil {
				byVar = map[string]any{}
				cond[test] = byVar
			}
			byVar[variable] = toJSON(m["values"])
		}
		out["Condition"] = cond
	}
	return out, true
}

// parseVarFile parses a --var-file (.tfvars or .tfvars.json).
func parseVarFile(f model.File) (*hcl.File, hcl.Diagnostics) {
	p := hclparse.NewParser()
	if strings.HasSuffix(f.Path, ".json") {
		return p.ParseJSON(f.Src, f.Path)
	}
	return p.ParseHCL(f.Src, f.Path)
}

// CheckVarFile reports whether a --var-file parses, so that a bad one is a
// usage error before any scan.
func CheckVarFile(f model.File) error {
	hf, diags := parseVarFile(f)
	if diags.HasErrors() {
		return diagError(f.Path, diags, true)
	}
	if _, diags := hf.Body.JustAttributes(); diags.HasErrors() {
		return diagError(f.Path, diags, false)
	}
	return nil
}
