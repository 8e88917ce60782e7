package buildspec

// Schema is the JSON Schema (draft 2020-12) of the buildspec view,
// input.buildspec: closed, so that the engine's type check rejects a
// policy that reads a field the view does not have.
func Schema() map[string]any {
	word := object(map[string]any{
		"value":   str(),
		"literal": boolean(),
		"vars":    list(str()),
		"src":     str(),
	})
	simple := object(map[string]any{
		"src":     str(),
		"name":    str(),
		"program": integer(),
		"words":   list(word),
		"args":    list(word),
		"assigns": list(object(map[string]any{"name": str(), "value": word, "src": str()})),
		"redirects": list(object(map[string]any{
			"op": str(), "target": word, "src": str(),
		})),
		"pipe_to": integer(),
		"depth":   integer(),
	})
	command := object(map[string]any{
		"text":    str(),
		"src":     str(),
		"phase":   str(),
		"section": str(),
		"index":   integer(),
		"parsed":  boolean(),
		"cmds":    list(simple),
		"lines":   list(object(map[string]any{"text": str(), "src": str()})),
	})
	setting := nullable(object(map[string]any{"value": str(), "known": boolean(), "src": str()}))
	flag := nullable(object(map[string]any{
		"value": map[string]any{"type": []any{"boolean", "null"}},
		"text":  str(),
		"src":   str(),
	}))
	pathItem := object(map[string]any{"value": str(), "known": boolean(), "src": str()})
	artifact := object(map[string]any{
		"id":             str(),
		"src":            str(),
		"files":          list(pathItem),
		"exclude_paths":  list(pathItem),
		"base_directory": setting,
		"discard_paths":  flag,
		"name":           setting,
	})
	ref := object(map[string]any{"name": str(), "ref": str(), "src": str()})
	return map[string]any{
		"$schema":              "https://json-schema.org/draft/2020-12/schema",
		"$id":                  "https://shipgate.dev/schema/buildspec.json",
		"title":                "input.buildspec: the model of a CodeBuild buildspec",
		"type":                 "object",
		"additionalProperties": false,
		"required":             []any{"src", "embedded", "version", "env", "phases", "reports", "artifacts", "cache", "batch"},
		"properties": map[string]any{
			"src": str(),
			"embedded": nullable(object(map[string]any{
				"resource": str(), "type": str(), "attribute": str(),
			})),
			"version": setting,
			"env": object(map[string]any{
				"src":                   str(),
				"shell":                 setting,
				"git_credential_helper": flag,
				"run_as":                setting,
				"variables": list(object(map[string]any{
					"name": str(), "value": str(), "known": boolean(), "src": str(),
				})),
				"parameter_store":    list(ref),
				"secrets_manager":    list(ref),
				"exported_variables": list(object(map[string]any{"name": str(), "src": str()})),
			}),
			"phases": list(object(map[string]any{
				"name":       map[string]any{"enum": []any{"install", "pre_build", "build", "post_build"}},
				"src":        str(),
				"run_as":     setting,
				"on_failure": setting,
				"runtime_versions": list(object(map[string]any{
					"name": str(), "version": str(), "known": boolean(), "src": str(),
				})),
				"commands": list(command),
				"finally":  list(command),
			})),
			"reports": list(object(map[string]any{
				"name":           str(),
				"src":            str(),
				"files":          list(pathItem),
				"base_directory": setting,
				"file_format":    setting,
			})),
			"artifacts": list(artifact),
			"cache":     nullable(object(map[string]any{"src": str(), "paths": list(pathItem)})),
			"batch": nullable(object(map[string]any{
				"src":       str(),
				"types":     list(map[string]any{"enum": []any{"build-list", "build-matrix", "build-graph"}}),
				"fast_fail": flag,
			})),
		},
	}
}

func str() map[string]any     { return map[string]any{"type": "string"} }
func boolean() map[string]any { return map[string]any{"type": "boolean"} }
func integer() map[string]any { return map[string]any{"type": "integer"} }

func list(items map[string]any) map[string]any {
	return map[string]any{"type": "array", "items": items}
}

// object is a closed object whose properties are all required.
func object(props map[string]any) map[string]any {
	req := make([]any, 0, len(props))
	for k := range props {
		req = append(req, k)
	}
	return map[string]any{"type": "object", "additionalProperties": false, "properties": props, "required": sortedAny(req)}
}

// nullable allows null besides the schema s.
func nullable(s map[string]any) map[string]any {
	return map[string]any{"anyOf": []any{s, map[string]any{"type": "null"}}}
}

func sortedAny(xs []any) []any {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j].(string) < xs[j-1].(string); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
	return xs
}
