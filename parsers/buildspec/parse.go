package buildspec

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/shipgate/shipgate/parsers/shell"
	"github.com/shipgate/shipgate/parsers/yamltree"
	"github.com/shipgate/shipgate/scanner/model"
)

// MaxScriptBytes bounds the command text of one buildspec that is split
// into shell commands (aliases can repeat a long script many times);
// commands past it are recorded unparsed with a note.
const MaxScriptBytes = 4 << 20

// scriptBudget is MaxScriptBytes, lowered by tests.
var scriptBudget = MaxScriptBytes

// PhaseNames are the phases of a buildspec in the order CodeBuild runs
// them.
var PhaseNames = []string{"install", "pre_build", "build", "post_build"}

// Embedding describes where an inline buildspec is written: the project
// resource of a template and the attribute holding it.
type Embedding struct {
	// Resource is the project's address: a CloudFormation logical id or a
	// Terraform resource address.
	Resource string `json:"resource"`
	// Type is the resource type (AWS::CodeBuild::Project,
	// aws_codebuild_project).
	Type string `json:"type"`
	// Attribute names the attribute as the template writes it
	// (Source.BuildSpec, source.buildspec).
	Attribute string `json:"attribute"`
}

// options adjust how a buildspec's text is read.
type options struct {
	// sub is true for the template string of a CloudFormation Fn::Sub:
	// ${Name} is a substitution whose value is unknown here.
	sub bool
	// embedded is set for an inline buildspec.
	embedded *Embedding
}

// Parse reads a buildspec file into a document. A file that is not YAML,
// or whose top level is not a mapping, is a *model.ParseError.
func Parse(path string, src []byte) (*model.Document, error) {
	return parse(path, src, options{})
}

func parse(path string, src []byte, opts options) (doc *model.Document, err error) {
	defer func() {
		// Written not to panic; this keeps one hostile file from ending a
		// scan if it does.
		if v := recover(); v != nil {
			doc, err = nil, &model.ParseError{Range: model.Range{File: path}, Msg: fmt.Sprintf("internal error: %v", v)}
		}
	}()
	d, err := yamltree.Parse(path, src, yamltree.Options{Noun: "buildspec"})
	if err != nil {
		var ye *yamltree.Error
		if errors.As(err, &ye) {
			return nil, &model.ParseError{Range: model.Range{File: path, Start: ye.Pos, End: ye.Pos}, Msg: ye.Msg, Syntax: !ye.Limit, Limit: ye.Limit}
		}
		return nil, &model.ParseError{Range: model.Range{File: path}, Msg: err.Error(), Syntax: true}
	}
	root := d.Tree.Root
	if root == nil || root.Kind != yamltree.MappingNode {
		at := model.Pos{Line: 1, Col: 1}
		if root != nil {
			at = d.Source[""].Start
		}
		return nil, &model.ParseError{Range: model.Range{File: path, Start: at, End: at}, Msg: "a buildspec must be a mapping with version and phases"}
	}
	b := &builder{path: path, src: src, doc: d, opts: opts}
	view := b.view(root)
	return &model.Document{
		Kind:   model.KindBuildspec,
		Path:   path,
		Raw:    d.Value,
		Source: d.Source,
		View:   view,
		Notes:  append(d.Notes, b.notes...),
	}, nil
}

type builder struct {
	path string
	src  []byte
	doc  *yamltree.Doc
	opts options
	// bash is false when env.shell names a shell whose commands are not
	// POSIX shell (PowerShell, cmd.exe): they are recorded unparsed.
	bash bool
	// scriptBytes counts the command text split so far (MaxScriptBytes).
	scriptBytes int
	overBudget  bool
	notes       []model.Note
}

func (b *builder) view(root *yamltree.Node) map[string]any {
	v := map[string]any{"src": ""}
	if b.opts.embedded != nil {
		e := *b.opts.embedded
		v["embedded"] = map[string]any{"resource": e.Resource, "type": e.Type, "attribute": e.Attribute}
	} else {
		v["embedded"] = nil
	}
	v["version"] = b.attr(root.Get("version"), "/version")
	envNode := root.Get("env")
	v["env"] = b.env(envNode, "/env")
	b.bash = true
	if sh, ok := b.scalar(child(envNode, "shell")); ok {
		sh = strings.ToLower(sh)
		b.bash = !strings.Contains(sh, "powershell") && !strings.Contains(sh, "pwsh") && !strings.Contains(sh, "cmd")
	}
	v["phases"] = b.phases(root.Get("phases"), "/phases")
	v["reports"] = b.reports(root.Get("reports"), "/reports")
	v["artifacts"] = b.artifacts(root.Get("artifacts"), "/artifacts")
	v["cache"] = b.cache(root.Get("cache"), "/cache")
	v["batch"] = b.batch(root.Get("batch"), "/batch")
	return v
}

// child is the value of key in a mapping node, or nil.
func child(n *yamltree.Node, key string) *yamltree.Node {
	if n == nil {
		return nil
	}
	return n.Get(key)
}

// scalar is a scalar node's text: a string as it is, a number or boolean
// as written (python: 3.10 stays "3.10"), "" for null.
func (b *builder) scalar(n *yamltree.Node) (string, bool) {
	if n == nil || n.Kind != yamltree.ScalarNode {
		return "", false
	}
	switch v := n.Value.(type) {
	case string:
		return v, true
	case nil:
		return "", true
	default:
		if n.Span.Start >= 0 && n.Span.End <= len(b.src) && n.Span.Start < n.Span.End {
			t := strings.TrimSpace(string(b.src[n.Span.Start:n.Span.End]))
			t = strings.Trim(t, `"'`)
			if t != "" && !strings.ContainsAny(t, "\n\r") {
				return t, true
			}
		}
		return fmt.Sprint(v), true
	}
}

// known reports whether a value written in the buildspec is its value:
// one holding a shell or Fn::Sub expansion ($VAR, ${VAR}) is not.
func known(s string) bool { return !strings.Contains(s, "$") }

// attr is a scalar setting {value, known, src}, or nil when absent. A
// setting that is not a scalar has value "" and known false.
func (b *builder) attr(n *yamltree.Node, ptr string) any {
	if n == nil {
		return nil
	}
	s, ok := b.scalar(n)
	if !ok {
		return map[string]any{"value": "", "known": false, "src": ptr}
	}
	return map[string]any{"value": s, "known": known(s), "src": ptr}
}

// flag is a yes/no setting {value, text, src}: value true for yes/true,
// false for no/false, null otherwise; nil when absent.
func (b *builder) flag(n *yamltree.Node, ptr string) any {
	if n == nil {
		return nil
	}
	s, _ := b.scalar(n)
	var v any
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "yes", "true", "on":
		v = true
	case "no", "false", "off":
		v = false
	}
	return map[string]any{"value": v, "text": s, "src": ptr}
}

// entries calls f for each entry of a mapping node with its pointer.
func entries(n *yamltree.Node, ptr string, f func(key string, v *yamltree.Node, p string)) {
	if n == nil || n.Kind != yamltree.MappingNode {
		return
	}
	for i, k := range n.Keys {
		f(k, n.Kids[i], ptr+"/"+model.PointerToken(k))
	}
}

// items calls f for each item of a sequence node, or once for a scalar
// written where a list is expected (files: "**/*").
func items(n *yamltree.Node, ptr string, f func(v *yamltree.Node, p string)) {
	if n == nil {
		return
	}
	switch n.Kind {
	case yamltree.SequenceNode:
		for i, c := range n.Kids {
			f(c, ptr+"/"+strconv.Itoa(i))
		}
	case yamltree.ScalarNode:
		if n.Value != nil {
			f(n, ptr)
		}
	}
}

func (b *builder) env(n *yamltree.Node, ptr string) map[string]any {
	out := map[string]any{
		"src":                   ptr,
		"shell":                 b.attr(child(n, "shell"), ptr+"/shell"),
		"git_credential_helper": b.flag(child(n, "git-credential-helper"), ptr+"/git-credential-helper"),
		"run_as":                b.attr(child(n, "run-as"), ptr+"/run-as"),
	}
	if n == nil {
		out["src"] = ""
	}
	vars := []any{}
	entries(child(n, "variables"), ptr+"/variables", func(k string, v *yamltree.Node, p string) {
		s, ok := b.scalar(v)
		vars = append(vars, map[string]any{"name": k, "value": s, "known": ok && known(s), "src": p})
	})
	out["variables"] = vars
	for _, sec := range []struct{ key, field string }{{"parameter-store", "parameter_store"}, {"secrets-manager", "secrets_manager"}} {
		refs := []any{}
		entries(child(n, sec.key), ptr+"/"+sec.key, func(k string, v *yamltree.Node, p string) {
			s, _ := b.scalar(v)
			refs = append(refs, map[string]any{"name": k, "ref": s, "src": p})
		})
		out[sec.field] = refs
	}
	exported := []any{}
	items(child(n, "exported-variables"), ptr+"/exported-variables", func(v *yamltree.Node, p string) {
		if s, ok := b.scalar(v); ok {
			exported = append(exported, map[string]any{"name": s, "src": p})
		}
	})
	out["exported_variables"] = exported
	return out
}

func (b *builder) phases(n *yamltree.Node, ptr string) []any {
	out := []any{}
	for _, name := range PhaseNames {
		pn := child(n, name)
		if pn == nil {
			continue
		}
		p := ptr + "/" + name
		ph := map[string]any{
			"name":             name,
			"src":              p,
			"run_as":           b.attr(child(pn, "run-as"), p+"/run-as"),
			"on_failure":       b.attr(child(pn, "on-failure"), p+"/on-failure"),
			"runtime_versions": b.runtimes(child(pn, "runtime-versions"), p+"/runtime-versions"),
			"commands":         b.commands(child(pn, "commands"), p+"/commands", name, "commands"),
			"finally":          b.commands(child(pn, "finally"), p+"/finally", name, "finally"),
		}
		out = append(out, ph)
	}
	return out
}

func (b *builder) runtimes(n *yamltree.Node, ptr string) []any {
	out := []any{}
	entries(n, ptr, func(k string, v *yamltree.Node, p string) {
		s, ok := b.scalar(v)
		out = append(out, map[string]any{"name": k, "version": s, "known": ok && known(s), "src": p})
	})
	return out
}

func (b *builder) commands(n *yamltree.Node, ptr, phase, section string) []any {
	out := []any{}
	items(n, ptr, func(v *yamltree.Node, p string) {
		s, ok := b.scalar(v)
		if !ok {
			// A mapping or list where a command belongs ("- echo a: b" is a
			// mapping in YAML): CodeBuild rejects it; raw keeps it.
			return
		}
		out = append(out, b.command(s, p, phase, section, len(out)))
	})
	return out
}

// lines records each line of a command, so that a policy matching text
// (a declaration such as export -p, which is not a simple command) can
// point at its line.
func (b *builder) lines(text, ptr string) []any {
	out := []any{}
	off := 0
	for i, line := range strings.Split(text, "\n") {
		p := ptr + "/line/" + strconv.Itoa(i)
		end := off + len(strings.TrimRight(line, "\r"))
		b.doc.Source[p] = b.span(ptr, shell.Pos{Offset: off}, shell.Pos{Offset: end})
		out = append(out, map[string]any{"text": line, "src": p})
		off += len(line) + 1
	}
	return out
}

// subExpr matches the substitutions of an Fn::Sub template string.
var subExpr = regexp.MustCompile(`\$\{[^!}][^}]*\}`)

// command splits one command into its simple shell commands.
func (b *builder) command(text, ptr, phase, section string, i int) map[string]any {
	c := map[string]any{
		"text": text, "src": ptr, "phase": phase, "section": section, "index": i,
		"parsed": false, "cmds": []any{}, "lines": b.lines(text, ptr),
	}
	if !b.bash || strings.TrimSpace(text) == "" {
		return c
	}
	if b.scriptBytes += len(text); b.scriptBytes > scriptBudget {
		if !b.overBudget {
			b.overBudget = true
			b.note(ptr, fmt.Sprintf("the commands hold more than %d bytes; the commands from here on are not split into shell commands and not checked", scriptBudget))
		}
		return c
	}
	var opts shell.Options
	if b.opts.sub {
		for _, m := range subExpr.FindAllStringIndex(text, -1) {
			opts.Masked = append(opts.Masked, [2]int{m[0], m[1]})
		}
	}
	sc, err := shell.Parse(text, opts)
	if err != nil {
		b.shellError(ptr, text, err)
		return c
	}
	c["parsed"] = true
	cmds := make([]any, 0, len(sc.Commands))
	for j := range sc.Commands {
		cmds = append(cmds, b.simple(&sc.Commands[j], ptr, ptr+"/cmd/"+strconv.Itoa(j)))
	}
	c["cmds"] = cmds
	return c
}

// shellPos matches the position shell.Parse puts before a syntax error.
var shellPos = regexp.MustCompile(`^(\d+):(\d+): (.*)$`)

// shellError notes a command that is not valid shell, at the error's
// position when it can be mapped into the file.
func (b *builder) shellError(ptr, text string, err error) {
	msg := err.Error()
	rng := b.doc.Source[ptr]
	if m := shellPos.FindStringSubmatch(msg); m != nil {
		msg = m[3]
		line, _ := strconv.Atoi(m[1])
		col, _ := strconv.Atoi(m[2])
		off := 0
		for l := 1; l < line && off >= 0; l++ {
			if i := strings.IndexByte(text[off:], '\n'); i >= 0 {
				off += i + 1
			} else {
				off = -1
			}
		}
		if off >= 0 {
			if p, ok := b.doc.ScalarPos(ptr, min(off+col-1, len(text))); ok {
				rng = model.Range{File: b.path, Start: p, End: p}
			}
		}
	}
	b.notes = append(b.notes, model.Note{Range: rng, Message: fmt.Sprintf("command is not valid shell: %s; the commands in it are not checked", msg)})
}

func (b *builder) note(ptr, msg string) {
	b.notes = append(b.notes, model.Note{Range: b.doc.Source[ptr], Message: msg})
}

// simple records one simple command of the command at scalar.
func (b *builder) simple(sc *shell.Command, scalar, ptr string) map[string]any {
	b.doc.Source[ptr] = b.span(scalar, sc.Start, sc.End)
	words := make([]any, len(sc.Words))
	for k := range sc.Words {
		words[k] = b.word(&sc.Words[k], scalar, ptr+"/word/"+strconv.Itoa(k))
	}
	args := []any{}
	if sc.Program < len(words) {
		args = words[sc.Program+1:]
	}
	assigns := make([]any, len(sc.Assigns))
	for k, a := range sc.Assigns {
		p := ptr + "/assign/" + strconv.Itoa(k)
		b.doc.Source[p] = b.span(scalar, a.Start, a.End)
		assigns[k] = map[string]any{"name": a.Name, "value": b.word(&a.Value, scalar, p+"/value"), "src": p}
	}
	redirs := make([]any, len(sc.Redirs))
	for k, r := range sc.Redirs {
		p := ptr + "/redirect/" + strconv.Itoa(k)
		b.doc.Source[p] = b.span(scalar, r.Start, r.End)
		redirs[k] = map[string]any{"op": r.Op, "target": b.word(&r.Target, scalar, p+"/target"), "src": p}
	}
	return map[string]any{
		"src": ptr, "name": sc.Name(), "program": sc.Program, "words": words, "args": args,
		"assigns": assigns, "redirects": redirs, "pipe_to": sc.PipeTo, "depth": sc.Depth,
	}
}

// varRef matches a parameter expansion's name: $NAME, ${NAME…}, ${#NAME}.
var varRef = regexp.MustCompile(`\$\{?[#!]?([A-Za-z_][A-Za-z0-9_]*)`)

// singleQuoted matches single-quoted text, where $ expands nothing.
var singleQuoted = regexp.MustCompile(`'[^']*'`)

func (b *builder) word(w *shell.Word, scalar, ptr string) map[string]any {
	b.doc.Source[ptr] = b.span(scalar, w.Start, w.End)
	vars := []any{}
	if !w.Literal {
		seen := map[string]bool{}
		for _, m := range varRef.FindAllStringSubmatch(singleQuoted.ReplaceAllString(w.Value, ""), -1) {
			if !seen[m[1]] {
				seen[m[1]] = true
				vars = append(vars, m[1])
			}
		}
	}
	return map[string]any{"value": w.Value, "literal": w.Literal, "vars": vars, "src": ptr}
}

// span is the file range of [start, end) of the string at ptr: exact when
// the scalar's style allows (yamltree.Doc.ScalarPos), else the scalar's
// own range.
func (b *builder) span(ptr string, start, end shell.Pos) model.Range {
	s, ok1 := b.doc.ScalarPos(ptr, start.Offset)
	e, ok2 := b.doc.ScalarPos(ptr, end.Offset)
	if ok1 && ok2 {
		return model.Range{File: b.path, Start: s, End: e}
	}
	r, _ := b.doc.ValueRange(ptr)
	return r
}

func (b *builder) reports(n *yamltree.Node, ptr string) []any {
	out := []any{}
	entries(n, ptr, func(k string, v *yamltree.Node, p string) {
		out = append(out, map[string]any{
			"name":           k,
			"src":            p,
			"files":          b.paths(child(v, "files"), p+"/files"),
			"base_directory": b.attr(child(v, "base-directory"), p+"/base-directory"),
			"file_format":    b.attr(child(v, "file-format"), p+"/file-format"),
		})
	})
	return out
}

// paths is a list of path patterns: [{value, known, src}].
func (b *builder) paths(n *yamltree.Node, ptr string) []any {
	out := []any{}
	items(n, ptr, func(v *yamltree.Node, p string) {
		if s, ok := b.scalar(v); ok {
			out = append(out, map[string]any{"value": s, "known": known(s), "src": p})
		}
	})
	return out
}

// artifacts lists the primary artifact (id "") and the secondary ones.
func (b *builder) artifacts(n *yamltree.Node, ptr string) []any {
	out := []any{}
	if n == nil || n.Kind != yamltree.MappingNode {
		return out
	}
	out = append(out, b.artifact("", n, ptr))
	entries(child(n, "secondary-artifacts"), ptr+"/secondary-artifacts", func(k string, v *yamltree.Node, p string) {
		out = append(out, b.artifact(k, v, p))
	})
	return out
}

func (b *builder) artifact(id string, n *yamltree.Node, ptr string) map[string]any {
	return map[string]any{
		"id":             id,
		"src":            ptr,
		"files":          b.paths(child(n, "files"), ptr+"/files"),
		"exclude_paths":  b.paths(child(n, "exclude-paths"), ptr+"/exclude-paths"),
		"base_directory": b.attr(child(n, "base-directory"), ptr+"/base-directory"),
		"discard_paths":  b.flag(child(n, "discard-paths"), ptr+"/discard-paths"),
		"name":           b.attr(child(n, "name"), ptr+"/name"),
	}
}

func (b *builder) cache(n *yamltree.Node, ptr string) any {
	if n == nil {
		return nil
	}
	return map[string]any{"src": ptr, "paths": b.paths(child(n, "paths"), ptr+"/paths")}
}

func (b *builder) batch(n *yamltree.Node, ptr string) any {
	if n == nil {
		return nil
	}
	types := []any{}
	for _, k := range []string{"build-list", "build-matrix", "build-graph"} {
		if child(n, k) != nil {
			types = append(types, k)
		}
	}
	return map[string]any{"src": ptr, "types": types, "fast_fail": b.flag(child(n, "fast-fail"), ptr+"/fast-fail")}
}
