package dockerfile

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/shipgate/shipgate/parsers/shell"
	"github.com/shipgate/shipgate/scanner/model"
)

// heredocOnly matches a RUN whose whole command is one heredoc, which
// BuildKit runs as the script (RUN <<EOF).
var heredocOnly = regexp.MustCompile(`^[0-9]*<<-?\s*(?:"[^"]+"|'[^']+'|[^\s<>|&;'"]+)$`)

// templatePlaceholder matches a generator template's {{ }} placeholder.
var templatePlaceholder = regexp.MustCompile(`\{\{.*?\}\}`)

// commandsOf records the shell commands of a RUN, CMD or ENTRYPOINT: the
// argv of the exec form as one command, or the commands of the shell form
// parsed with parsers/shell, each placed at its exact line and column.
// commands_known is false when they could not be read: a shell that is
// not POSIX (SHELL powershell, a Windows base image), a backtick escape
// directive, a script the shell parser rejects, a heredoc script for
// another interpreter.
func (p *fileParser) commandsOf(in *instr, cur *stage) {
	in.view["commands_known"] = false
	if in.node.Attributes["json"] {
		p.execForm(in)
		return
	}
	if !cur.posix || p.escape != '\\' || len(in.args) == 0 || in.args[0].from < 0 {
		return
	}
	args := in.m.slice(in.args[0].from, in.args[0].to)
	if in.cmd == "run" && len(in.bodies) > 0 {
		if heredocOnly.MatchString(strings.TrimSpace(args.text)) {
			// The heredoc is the script.
			in.view["commands_known"] = true
			for k, b := range in.bodies {
				script := &mapped{}
				script.add(p.l, b[0], b[1])
				h := in.view["heredocs"].([]any)[k].(map[string]any)
				if interp := shebang(script.text); interp != "" && !posixShell(interp) {
					continue
				}
				cmds, ok := p.script(script, model.Pointer(in.ptr+"/heredocs", strconv.Itoa(k), "content"))
				h["commands"], h["commands_known"] = cmds, ok
				if k == 0 {
					in.view["commands"] = cmds
					in.view["commands_known"] = ok
				}
			}
			return
		}
		// The command line and the heredoc bodies form one script, as
		// BuildKit passes them to the shell.
		end := in.bodies[len(in.bodies)-1][2]
		args.segs = append(args.segs, seg{at: len(args.text), file: p.l.ends[in.lastLine-1]})
		args.text += "\n"
		args.add(p.l, p.l.starts[min(in.lastLine, p.l.count()-1)], end)
	}
	cmds, ok := p.script(args, in.ptr+"/args/0")
	in.view["commands"], in.view["commands_known"] = cmds, ok
}

// shebang returns the interpreter of a script's #! line, "" without one.
func shebang(s string) string {
	if !strings.HasPrefix(s, "#!") {
		return ""
	}
	line, _, _ := strings.Cut(s[2:], "\n")
	f := strings.Fields(line)
	if len(f) == 0 {
		return ""
	}
	if strings.HasSuffix(f[0], "/env") && len(f) > 1 {
		return f[1]
	}
	return f[0]
}

// script parses a shell script whose bytes come from the file as m maps
// them, and returns its commands with ranges under base.
func (p *fileParser) script(m *mapped, base string) ([]any, bool) {
	var masked [][2]int
	if p.template {
		for _, loc := range templatePlaceholder.FindAllStringIndex(m.text, -1) {
			masked = append(masked, [2]int{loc[0], loc[1]})
		}
	}
	sc, err := shell.Parse(m.text, shell.Options{Masked: masked})
	if err != nil {
		return []any{}, false
	}
	if p.commands+len(sc.Commands) > maxCommands {
		return []any{}, false
	}
	p.commands += len(sc.Commands)
	out := make([]any, 0, len(sc.Commands))
	for k, c := range sc.Commands {
		cptr := model.Pointer(base, strconv.Itoa(k))
		p.setText(cptr, m, c.Start.Offset, c.End.Offset)
		words := make([]any, 0, len(c.Words))
		for w, x := range c.Words {
			wptr := model.Pointer(cptr, strconv.Itoa(w))
			p.setText(wptr, m, x.Start.Offset, x.End.Offset)
			words = append(words, map[string]any{"value": x.Value, "literal": x.Literal, "src": wptr})
		}
		assigns := make([]any, 0, len(c.Assigns))
		for a, x := range c.Assigns {
			aptr := model.Pointer(cptr, "assign", strconv.Itoa(a))
			p.setText(aptr, m, x.Start.Offset, x.End.Offset)
			assigns = append(assigns, map[string]any{"name": x.Name, "value": x.Value.Value, "literal": x.Value.Literal, "src": aptr})
		}
		redirects := make([]any, 0, len(c.Redirs))
		for r, x := range c.Redirs {
			rptr := model.Pointer(cptr, "redirect", strconv.Itoa(r))
			p.setText(rptr, m, x.Start.Offset, x.End.Offset)
			redirects = append(redirects, map[string]any{"op": x.Op, "target": x.Target.Value, "literal": x.Target.Literal, "src": rptr})
		}
		out = append(out, command(c.Name(), c.Program, words, assigns, redirects, c.PipeTo, c.Depth, cptr))
	}
	return out, true
}

// command is the view of one command.
func command(name string, program int, words, assigns, redirects []any, pipeTo, depth int, src string) map[string]any {
	wrappers := []any{}
	for _, w := range words[:min(program, len(words))] {
		w := w.(map[string]any)
		if v, _ := w["value"].(string); w["literal"] == true && !strings.HasPrefix(v, "-") && !strings.Contains(v, "=") {
			wrappers = append(wrappers, v[strings.LastIndexByte(v, '/')+1:])
		}
	}
	args := []any{}
	if program < len(words) {
		args = words[program+1:]
	}
	return map[string]any{
		"name":      name,
		"wrappers":  wrappers,
		"args":      args,
		"assigns":   assigns,
		"redirects": redirects,
		"pipe_to":   pipeTo,
		"depth":     depth,
		"src":       src,
	}
}

// execForm records RUN ["prog", "arg"] as one command.
func (p *fileParser) execForm(in *instr) {
	var words []any
	for k, a := range in.view["args"].([]any) {
		a := a.(map[string]any)
		words = append(words, map[string]any{"value": a["value"], "literal": true, "src": a["src"]})
		_ = k
	}
	if len(words) == 0 {
		return
	}
	// The program is the first word after the wrappers the shell package
	// knows (sudo, env, ...).
	program := 0
	for program < len(words)-1 {
		v := words[program].(map[string]any)["value"].(string)
		base := v[strings.LastIndexByte(v, '/')+1:]
		if base != "sudo" && base != "env" && base != "nohup" && base != "exec" && base != "doas" {
			break
		}
		program++
		for program < len(words)-1 {
			o := words[program].(map[string]any)["value"].(string)
			if !strings.HasPrefix(o, "-") && !(base == "env" && strings.Contains(o, "=")) {
				break
			}
			program++
		}
	}
	v := words[program].(map[string]any)["value"].(string)
	name := v[strings.LastIndexByte(v, '/')+1:]
	in.view["commands"] = []any{command(name, program, words, []any{}, []any{}, -1, 0, in.ptr+"/args")}
	in.view["commands_known"] = true
}
