package cloud

// Schema returns the JSON Schema (draft 2020-12) of input.aws, derived from
// the declaration. Every object is closed (additionalProperties false), so
// the engine's type check rejects a policy that reads a field the view does
// not have.
func Schema() map[string]any {
	svcs := map[string]any{}
	for _, c := range collections {
		svc, _ := svcs[c.Service].(map[string]any)
		if svc == nil {
			svc = closed(map[string]any{})
			svcs[c.Service] = svc
		}
		item := map[string]any{
			"resource": typed("string", "address used in findings: a CloudFormation logical id or a Terraform address"),
			"type":     typed("string", "the source resource type"),
			"src":      typed("string", "JSON pointer of the object in the raw tree"),
			"file":     typed("string", "set only when not the document's own file"),
			"variant":  typed("string", "the Fn::If branch combination of this copy, when there are several"),
		}
		fieldSchemas(c.Fields, item)
		props := svc["properties"].(map[string]any)
		props[c.Name] = map[string]any{"type": "array", "description": c.Doc, "items": closed(item)}
		svc["required"] = append(svc["required"].([]any), c.Name)
	}
	required := make([]any, 0, len(svcs))
	for _, s := range services() {
		required = append(required, s)
	}
	root := closed(svcs)
	root["required"] = required
	root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
	root["title"] = "shipgate normalised AWS view (input.aws)"
	return root
}

// closed is an object schema with the given properties and no others.
func closed(props map[string]any) map[string]any {
	return map[string]any{"type": "object", "properties": props, "additionalProperties": false, "required": []any{}}
}

func typed(t any, doc string) map[string]any {
	m := map[string]any{"type": t}
	if doc != "" {
		m["description"] = doc
	}
	return m
}

// jsonType is the JSON Schema type of a field's value.
func jsonType(t Type) any {
	switch t {
	case String, Ref:
		return []any{"string", "null"}
	case Bool:
		return []any{"boolean", "null"}
	case Number:
		return []any{"number", "null"}
	case List:
		return []any{"array", "null"}
	case Documents:
		return []any{"array", "null"}
	}
	return nil
}

// fieldSchemas adds the schema of each field to props.
func fieldSchemas(fields []Field, props map[string]any) {
	for _, f := range fields {
		switch f.Type {
		case Group:
			sub := map[string]any{}
			fieldSchemas(f.Fields, sub)
			props[f.Key] = withDoc(closed(sub), f.Doc)
		case Objects:
			sub := map[string]any{"src": typed("string", "")}
			fieldSchemas(f.Fields, sub)
			props[f.Key] = withDoc(map[string]any{"type": "array", "items": closed(sub)}, f.Doc)
		case Document:
			props[f.Key] = withDoc(map[string]any{"anyOf": []any{documentSchema(), map[string]any{"type": "null"}}}, f.Doc)
		case Statements:
			props["state"] = typed("string", "written, or unknown when the document cannot be read statically")
			props["statements"] = statementsSchema()
		case Plain:
			props[f.Key] = withDoc(map[string]any{}, f.Doc)
		default:
			props[f.Key] = attrSchema(f)
		}
	}
}

func withDoc(m map[string]any, doc string) map[string]any {
	if doc != "" {
		m["description"] = doc
	}
	return m
}

// attrSchema is the schema of an attribute object.
func attrSchema(f Field) map[string]any {
	value := map[string]any{}
	if t := jsonType(f.Type); t != nil {
		value["type"] = t
	}
	return withDoc(closed(map[string]any{
		"value": value,
		"state": map[string]any{"enum": []any{"written", "default", "unknown"}},
		"src":   typed("string", ""),
		"key":   typed("string", "the format's name of what was read"),
		"file":  typed("string", ""),
		"param": withDoc(closed(map[string]any{
			"kind":    typed("string", "parameter"),
			"name":    typed("string", ""),
			"default": typed("boolean", "true: the parameter's default; false: a value given to the scan"),
		}), "the deployment parameter the value came from"),
	}), f.Doc)
}

func documentSchema() map[string]any {
	return closed(map[string]any{
		"src":        typed("string", ""),
		"state":      map[string]any{"enum": []any{"written", "unknown"}},
		"file":       typed("string", ""),
		"statements": statementsSchema(),
	})
}

func statementsSchema() map[string]any {
	st := map[string]any{"src": typed("string", "")}
	fieldSchemas(statementFields, st)
	return map[string]any{"type": "array", "items": closed(st)}
}
