package workflow

import (
	"maps"
	"slices"
)

// Schema returns the JSON Schema (draft 2020-12) of the workflow view,
// closed so that the engine rejects a policy that reads a field the view
// does not have.
func Schema() map[string]any {
	str := func() map[string]any { return ref("str") }
	nullable := func(s map[string]any) map[string]any {
		return map[string]any{"anyOf": []any{s, map[string]any{"type": "null"}}}
	}
	defs := map[string]any{
		"operand": obj(map[string]any{"kind": typ("string"), "value": typ("string")}),
		"expr": obj(map[string]any{
			"text": typ("string"), "src": typ("string"), "field": typ("string"),
			"parsed": typ("boolean"), "literal": typ("boolean"),
			"contexts": arr(obj(map[string]any{"path": typ("string"), "dynamic": typ("boolean")})),
			"flows":    arr(typ("string")),
			"calls":    arr(obj(map[string]any{"name": typ("string"), "args": arr(ref("operand"))})),
			"compares": arr(obj(map[string]any{"op": typ("string"), "left": ref("operand"), "right": ref("operand")})),
		}),
		"str":  obj(strFields(nil)),
		"cond": obj(strFields(map[string]any{"form": typ("string")})),
		"kv":   obj(map[string]any{"name": typ("string"), "src": typ("string"), "value": str()}),
		"permissions": obj(map[string]any{
			"src": typ("string"), "state": typ("string"),
			"scopes": arr(obj(map[string]any{"name": typ("string"), "level": typ("string"), "src": typ("string")})),
		}),
		"defaults":    nullable(obj(map[string]any{"src": typ("string"), "shell": nullable(str()), "working_directory": nullable(str())})),
		"concurrency": nullable(obj(map[string]any{"src": typ("string"), "group": nullable(str()), "cancel_in_progress": nullable(str())})),
		"image":       obj(strFields(map[string]any{"registry": typ("string"), "name": typ("string"), "tag": typ("string"), "digest": typ("string")})),
		"container": obj(map[string]any{
			"id": typ("string"), "src": typ("string"), "image": nullable(ref("image")),
			"credentials": nullable(obj(map[string]any{"src": typ("string"), "username": nullable(str()), "password": nullable(str())})),
		}),
		"uses": obj(strFields(map[string]any{
			"kind": typ("string"), "owner": typ("string"), "repo": typ("string"), "path": typ("string"),
			"ref": typ("string"), "pinned": typ("boolean"),
			"image": nullable(obj(map[string]any{"registry": typ("string"), "name": typ("string"), "tag": typ("string"), "digest": typ("string")})),
		})),
		"command": obj(map[string]any{
			"src": typ("string"), "name": typ("string"), "text": typ("string"),
			"args":    arr(obj(map[string]any{"value": typ("string"), "literal": typ("boolean"), "src": typ("string")})),
			"assigns": arr(obj(map[string]any{"name": typ("string"), "value": typ("string"), "literal": typ("boolean")})),
			"redirs":  arr(obj(map[string]any{"op": typ("string"), "target": typ("string"), "literal": typ("boolean"), "src": typ("string")})),
			"pipe_to": typ("integer"), "depth": typ("integer"),
		}),
		"run": obj(strFields(map[string]any{"shell": typ("string"), "parsed": typ("boolean"), "commands": arr(ref("command"))})),
		"step": obj(map[string]any{
			"index": typ("integer"), "src": typ("string"),
			"id": nullable(str()), "name": nullable(str()), "if": nullable(ref("cond")),
			"uses": nullable(ref("uses")), "with": arr(ref("kv")), "env": arr(ref("kv")),
			"shell": nullable(str()), "working_directory": nullable(str()), "continue_on_error": nullable(str()),
			"run": nullable(ref("run")),
		}),
		"job": obj(map[string]any{
			"id": typ("string"), "src": typ("string"), "name": nullable(str()), "if": nullable(ref("cond")),
			"runs_on": nullable(obj(map[string]any{
				"src": typ("string"), "labels": arr(str()), "group": nullable(str()), "self_hosted": typ("string"),
			})),
			"container": nullable(ref("container")), "services": arr(ref("container")),
			"permissions": ref("permissions"), "env": arr(ref("kv")), "defaults": ref("defaults"),
			"concurrency": ref("concurrency"), "environment": nullable(str()),
			"strategy": nullable(obj(map[string]any{
				"src":    typ("string"),
				"matrix": nullable(obj(map[string]any{"src": typ("string"), "known": typ("boolean"), "keys": arr(typ("string"))})),
			})),
			"needs": arr(typ("string")), "uses": nullable(ref("uses")), "with": arr(ref("kv")),
			"secrets": nullable(obj(map[string]any{"src": typ("string"), "inherit": typ("boolean"), "values": arr(ref("kv"))})),
			"outputs": arr(ref("kv")), "steps": arr(ref("step")),
		}),
		"trigger": obj(map[string]any{
			"event": typ("string"), "src": typ("string"),
			"types": arr(typ("string")), "branches": arr(typ("string")), "branches_ignore": arr(typ("string")),
			"tags": arr(typ("string")), "tags_ignore": arr(typ("string")), "paths": arr(typ("string")),
			"paths_ignore": arr(typ("string")), "workflows": arr(typ("string")), "cron": arr(typ("string")),
			"inputs":  arr(obj(map[string]any{"name": typ("string"), "src": typ("string"), "type": typ("string"), "required": typ("boolean")})),
			"secrets": arr(obj(map[string]any{"name": typ("string"), "src": typ("string"), "type": typ("string"), "required": typ("boolean")})),
		}),
		"io": obj(map[string]any{"name": typ("string"), "src": typ("string"), "default": nullable(str()), "value": nullable(str())}),
		"action": nullable(obj(map[string]any{
			"inputs": arr(ref("io")), "outputs": arr(ref("io")),
			"runs": nullable(obj(map[string]any{
				"src": typ("string"), "using": nullable(str()), "main": nullable(str()), "pre": nullable(str()),
				"post": nullable(str()), "image": nullable(ref("uses")), "env": arr(ref("kv")), "steps": arr(ref("step")),
			})),
		})),
	}
	s := obj(map[string]any{
		"type": typ("string"), "src": typ("string"), "name": nullable(str()),
		"triggers": arr(ref("trigger")), "permissions": ref("permissions"), "env": arr(ref("kv")),
		"defaults": ref("defaults"), "concurrency": ref("concurrency"), "jobs": arr(ref("job")),
		"action": ref("action"), "expressions": arr(ref("expr")),
	})
	// OPA's type checker reads plain schemas best: references are
	// inlined (the view has no recursive types).
	s = inline(s, defs, 0).(map[string]any)
	s["$schema"] = "https://json-schema.org/draft/2020-12/schema"
	s["$id"] = "https://shipgate.dev/schemas/workflow.json"
	return s
}

// inline replaces each {"$ref": "#/$defs/x"} with a copy of definition x.
func inline(v any, defs map[string]any, depth int) any {
	if depth > 50 {
		panic("workflow schema: references nest too deeply")
	}
	switch x := v.(type) {
	case map[string]any:
		if r, ok := x["$ref"].(string); ok {
			return inline(defs[r[len("#/$defs/"):]], defs, depth+1)
		}
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = inline(e, defs, depth+1)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = inline(e, defs, depth+1)
		}
		return out
	}
	return v
}

func strFields(extra map[string]any) map[string]any {
	f := map[string]any{"value": typ("string"), "src": typ("string"), "known": typ("boolean"), "exprs": arr(ref("expr"))}
	for k, v := range extra {
		f[k] = v
	}
	return f
}

func typ(t string) map[string]any { return map[string]any{"type": t} }

func ref(name string) map[string]any { return map[string]any{"$ref": "#/$defs/" + name} }

func arr(items map[string]any) map[string]any {
	return map[string]any{"type": "array", "items": items}
}

// obj is a closed object whose properties are all required.
func obj(props map[string]any) map[string]any {
	req := make([]any, 0, len(props))
	for _, k := range slices.Sorted(maps.Keys(props)) {
		req = append(req, k)
	}
	return map[string]any{"type": "object", "properties": props, "required": req, "additionalProperties": false}
}
