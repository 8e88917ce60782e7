package dockerfile

// Schema returns the JSON Schema (draft 2020-12) of input.dockerfile. Every
// object is closed, so the engine's type check rejects a policy that reads
// a field the view does not have.
func Schema() map[string]any {
	str := typed("string")
	num := typed("integer")
	boolean := typed("boolean")
	strs := array(str)
	word := obj(map[string]any{"value": str, "literal": boolean, "src": str})
	command := obj(map[string]any{
		"name":      withDoc(str, "the program's literal name without its directory (apt-get), after wrappers such as sudo or env; empty when not literal"),
		"wrappers":  withDoc(strs, "the wrapper programs before it (sudo, env, nohup, ...)"),
		"args":      withDoc(array(word), "the words after the program"),
		"assigns":   array(obj(map[string]any{"name": str, "value": str, "literal": boolean, "src": str})),
		"redirects": array(obj(map[string]any{"op": str, "target": str, "literal": boolean, "src": str})),
		"pipe_to":   withDoc(num, "index in the same list of the command this one pipes into, -1 for none"),
		"depth":     withDoc(num, "subshells and command substitutions around the command"),
		"src":       str,
	})
	pair := obj(map[string]any{"key": str, "value": str, "has_value": boolean, "src": str, "key_src": str, "value_src": str})
	heredoc := obj(map[string]any{
		"name": str, "content": str, "expand": boolean, "chomp": boolean, "src": str,
		"commands": array(command), "commands_known": boolean,
	})
	instruction := obj(map[string]any{
		"index":          num,
		"cmd":            withDoc(str, "the instruction, lowercase (run, from, copy, ...)"),
		"stage":          withDoc(num, "index of the stage it belongs to; -1 before the first FROM"),
		"src":            str,
		"flags":          array(obj(map[string]any{"name": str, "value": str, "has_value": boolean, "src": str})),
		"args":           array(obj(map[string]any{"value": str, "src": str})),
		"json":           withDoc(boolean, "exec form: a JSON array"),
		"original":       str,
		"heredocs":       array(heredoc),
		"pairs":          withDoc(array(pair), "ENV, LABEL and ARG keys and values"),
		"commands":       withDoc(array(command), "the shell commands of RUN, CMD and ENTRYPOINT"),
		"commands_known": withDoc(boolean, "false when the commands could not be read (not a POSIX shell, a parse error)"),
	})
	user := obj(map[string]any{
		"set":       withDoc(boolean, "a USER is written in the stage or in a stage it is built from"),
		"value":     withDoc(str, "the user after ARG and ENV substitution"),
		"written":   withDoc(str, "the user as written"),
		"known":     boolean,
		"src":       str,
		"stage":     withDoc(num, "the stage where the USER is written"),
		"inherited": boolean,
	})
	health := obj(map[string]any{"set": boolean, "none": boolean, "src": str, "stage": num})
	expose := obj(map[string]any{"value": str, "port": str, "protocol": str, "known": boolean, "src": str})
	from := obj(map[string]any{
		"image":      withDoc(str, "the image as written"),
		"value":      withDoc(str, "the image with global ARGs substituted"),
		"known":      withDoc(boolean, "false when an ARG without a default or a template placeholder is part of it"),
		"args":       strs,
		"src":        str,
		"scratch":    boolean,
		"stage":      withDoc(num, "index of the earlier stage it names, -1 for an image"),
		"registry":   str,
		"repository": str,
		"tag":        str,
		"digest":     str,
		"tag_src":    str,
		"digest_src": str,
		"platform":   str,
	})
	stage := obj(map[string]any{
		"index":        num,
		"name":         str,
		"name_lower":   str,
		"name_src":     str,
		"src":          str,
		"from":         from,
		"windows":      boolean,
		"user":         user,
		"healthcheck":  health,
		"expose":       array(expose),
		"base_stage":   num,
		"root":         withDoc(num, "the first stage of the chain of stages this one is built from"),
		"chain":        withDoc(array(num), "the stages it is built FROM, nearest first"),
		"instructions": array(num),
		"final":        boolean,
		"shell_posix":  boolean,
	})
	root := obj(map[string]any{
		"escape":       str,
		"template":     boolean,
		"instructions": array(instruction),
		"stages":       array(stage),
		"final_stage":  num,
		"global_args":  array(pair),
	})
	root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
	root["title"] = "shipgate Dockerfile view (input.dockerfile)"
	return root
}

func typed(t string) map[string]any { return map[string]any{"type": t} }

func array(items map[string]any) map[string]any {
	return map[string]any{"type": "array", "items": items}
}

// obj is a closed object schema whose properties are all required.
func obj(props map[string]any) map[string]any {
	req := make([]any, 0, len(props))
	for k := range props {
		req = append(req, k)
	}
	return map[string]any{"type": "object", "properties": props, "additionalProperties": false, "required": req}
}

func withDoc(s map[string]any, doc string) map[string]any {
	out := make(map[string]any, len(s)+1)
	for k, v := range s {
		out[k] = v
	}
	out["description"] = doc
	return out
}
