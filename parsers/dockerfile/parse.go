package dockerfile

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/moby/buildkit/frontend/dockerfile/parser"

	"github.com/shipgate/shipgate/scanner/model"
)

// Budgets for hostile input. Real Dockerfiles have tens of instructions
// and RUN scripts of a few kilobytes.
const (
	// MaxInstructions is the most instructions a file may have.
	MaxInstructions = 10000
	// maxCommands bounds the shell commands recorded per document.
	maxCommands = 50000
)

// Parse parses a Dockerfile into a document: Raw holds the instructions as
// BuildKit splits them, View the dockerfile model (docs/dockerfile-model.md).
// A file BuildKit cannot read is a *model.ParseError.
func Parse(path string, src []byte) (*model.Document, error) {
	text := src
	tmpl := isTemplate(path)
	if tmpl {
		text = blankTemplateLines(src)
	}
	res, err := parser.Parse(bytes.NewReader(text))
	if err != nil {
		return nil, parseError(path, err)
	}
	if n := len(res.AST.Children); n > MaxInstructions {
		return nil, &model.ParseError{Range: model.Range{File: path}, Msg: fmt.Sprintf("%d instructions exceed the limit of %d", n, MaxInstructions), Limit: true}
	}
	p := &fileParser{
		path:     path,
		l:        newLines(text),
		escape:   byte(res.EscapeToken),
		template: tmpl,
		source:   map[string]model.Range{},
		global:   map[string]variable{},
	}
	p.parse(res.AST.Children)
	return p.document(), nil
}

// parseError converts a BuildKit error, with the line it names.
func parseError(path string, err error) error {
	pe := &model.ParseError{Range: model.Range{File: path}, Msg: strings.TrimPrefix(err.Error(), "dockerfile parse error: "), Syntax: true}
	var le *parser.LocationError
	if errors.As(err, &le) && len(le.Locations) > 0 && len(le.Locations[0]) > 0 {
		if line := le.Locations[0][0].Start.Line; line > 0 {
			pe.Range.Start = model.Pos{Line: line, Col: 1}
			pe.Range.End = pe.Range.Start
		}
	}
	if pe.Msg == "file with no instructions" {
		pe.Range.Start, pe.Range.End = model.Pos{}, model.Pos{}
	}
	return pe
}

// variable is the value of an ARG or ENV as far as it is known.
type variable struct {
	value string
	known bool
}

type fileParser struct {
	path     string
	l        *lines
	escape   byte
	template bool
	source   map[string]model.Range
	raw      []any
	view     []any
	stages   []*stage
	global   map[string]variable
	// globalArgs is the view of the ARGs before the first FROM.
	globalArgs []any
	errs       []model.FileError
	commands   int
	// templateLines are lines of a template that are not instructions.
	templateLines []model.Range
}

// stage is a build stage while it is read.
type stage struct {
	index   int
	name    string
	view    map[string]any
	base    int // index of the stage it is built FROM, or -1
	vars    map[string]variable
	posix   bool // RUN scripts are POSIX shell (no Windows base, no SHELL powershell)
	user    map[string]any
	health  map[string]any
	expose  []any
	instrs  []any
	windows bool
}

// instr is one instruction while it is read.
type instr struct {
	index    int
	node     *parser.Node
	cmd      string
	m        *mapped // the instruction as BuildKit reads it, after its keyword
	lastLine int     // the last line of the instruction proper (heredocs follow)
	ptr      string
	raw      map[string]any
	view     map[string]any
	args     []argSpan
	// bodies are the file offsets of each heredoc's content and the end of
	// its terminator line.
	bodies [][3]int
}

// argSpan is an argument's text offsets in instr.m, or -1 when unknown.
type argSpan struct{ from, to int }

func (p *fileParser) set(ptr string, from, to int) {
	p.source[ptr] = p.l.rng(p.path, from, to)
}

// setText sets the range of ptr to the file bytes of m.text[from:to].
func (p *fileParser) setText(ptr string, m *mapped, from, to int) {
	a, b := m.span(from, to)
	p.set(ptr, a, b)
}

func (p *fileParser) parse(nodes []*parser.Node) {
	p.source[""] = p.l.rng(p.path, 0, len(p.l.src))
	p.source["/escape"] = p.source[""]
	p.source["/instructions"] = p.source[""]
	var cur *stage
	for i, n := range nodes {
		in := p.instruction(i, n)
		if in.cmd == "from" {
			cur = p.from(in)
		}
		in.view["stage"] = -1
		if cur != nil {
			in.view["stage"] = cur.index
			cur.instrs = append(cur.instrs, i)
		}
		p.raw = append(p.raw, in.raw)
		p.view = append(p.view, in.view)
		if !instructions[in.cmd] {
			rng := p.source[in.ptr]
			if p.template {
				// A template's branches and placeholders leave lines
				// that become instructions only once it is generated.
				p.templateLines = append(p.templateLines, rng)
				continue
			}
			p.errs = append(p.errs, model.FileError{Path: p.path, Range: &rng, Kind: model.ErrParse,
				Message: fmt.Sprintf("unknown instruction %q", in.node.Value)})
			continue
		}
		switch in.cmd {
		case "arg":
			p.arg(in, cur)
		case "env":
			p.env(in, cur)
		case "label":
			p.pairs(in, cur)
		case "user":
			p.userInstr(in, cur)
		case "healthcheck":
			if cur != nil {
				none := len(in.args) > 0 && strings.EqualFold(in.node.Next.Value, "none")
				cur.health = map[string]any{"set": true, "none": none, "src": in.ptr, "stage": cur.index}
			}
		case "expose":
			p.expose(in, cur)
		case "shell":
			if cur != nil && len(in.args) > 0 {
				cur.posix = posixShell(in.node.Next.Value)
			}
		}
		if cur == nil && in.cmd != "arg" {
			in.view["commands_known"] = false
			continue
		}
		switch in.cmd {
		case "run", "cmd", "entrypoint":
			p.commandsOf(in, cur)
		default:
			in.view["commands_known"] = false
		}
	}
	p.finishStages()
}

// instruction reads the node of instruction i: its keyword, flags and
// arguments with their ranges, and its heredocs.
func (p *fileParser) instruction(i int, n *parser.Node) *instr {
	ptr := model.Pointer("/instructions", strconv.Itoa(i))
	m, last := logical(p.l, max(n.StartLine, 1), p.escape)
	in := &instr{index: i, node: n, cmd: strings.ToLower(n.Value), m: m, lastLine: last, ptr: ptr}
	// The instruction runs from its keyword to the end of its last line
	// (the heredoc terminator when it has heredocs).
	endLine := min(max(n.EndLine, last), p.l.count())
	end := p.l.starts[endLine-1] + len(bytes.TrimRight(p.l.text(endLine), " \t"))
	start := m.off(0)
	if end < start {
		end = start + len(m.text)
	}
	p.set(ptr, start, end)
	p.set(ptr+"/original", start, end)

	kw := 0
	for kw < len(m.text) && !isSpace(m.text[kw]) {
		kw++
	}
	p.setText(ptr+"/cmd", m, 0, kw)
	rest := kw
	for rest < len(m.text) && isSpace(m.text[rest]) {
		rest++
	}
	// Flags: the first len(Flags) words, which BuildKit took because they
	// start with "--".
	flagsRaw := []any{}
	flagsView := []any{}
	ws := words(m.text[rest:], p.escape)
	argsFrom := rest
	for k, f := range n.Flags {
		fptr := model.Pointer(ptr+"/flags", strconv.Itoa(k))
		flagsRaw = append(flagsRaw, f)
		if k < len(ws) && strings.HasPrefix(ws[k].text, "--") {
			p.setText(fptr, m, rest+ws[k].start, rest+ws[k].end)
			argsFrom = rest + ws[k].end
		} else {
			p.source[fptr] = p.source[ptr]
		}
		name, value, has := strings.Cut(strings.TrimPrefix(f, "--"), "=")
		flagsView = append(flagsView, map[string]any{"name": strings.ToLower(name), "value": unquote(value), "has_value": has, "src": fptr})
	}
	p.source[ptr+"/flags"] = p.source[ptr]
	for argsFrom < len(m.text) && isSpace(m.text[argsFrom]) {
		argsFrom++
	}
	argsTo := len(m.text)
	for argsTo > argsFrom && isSpace(m.text[argsTo-1]) {
		argsTo--
	}

	var values []string
	for x := n.Next; x != nil; x = x.Next {
		if len(x.Children) > 0 {
			values = append(values, x.Children[0].Original)
			continue
		}
		values = append(values, x.Value)
	}
	in.args = p.argSpans(in, values, argsFrom, argsTo)
	argsRaw := []any{}
	argsView := []any{}
	for k, v := range values {
		aptr := model.Pointer(ptr+"/args", strconv.Itoa(k))
		if s := in.args[k]; s.from >= 0 {
			p.setText(aptr, m, s.from, s.to)
		} else {
			p.setText(aptr, m, argsFrom, argsTo)
		}
		argsRaw = append(argsRaw, v)
		argsView = append(argsView, map[string]any{"value": v, "src": aptr})
	}
	if argsTo > argsFrom {
		p.setText(ptr+"/args", m, argsFrom, argsTo)
	} else {
		p.source[ptr+"/args"] = p.source[ptr]
	}
	json := n.Attributes["json"]
	p.source[ptr+"/json"] = p.source[ptr+"/args"]

	heredocsRaw, heredocsView := p.heredocs(in)
	in.raw = map[string]any{
		"cmd":      n.Value,
		"flags":    flagsRaw,
		"args":     argsRaw,
		"json":     json,
		"original": n.Original,
		"heredocs": heredocsRaw,
	}
	in.view = map[string]any{
		"index":    i,
		"cmd":      in.cmd,
		"src":      ptr,
		"flags":    flagsView,
		"args":     argsView,
		"json":     json,
		"original": n.Original,
		"heredocs": heredocsView,
		"pairs":    []any{},
		"commands": []any{},

		"commands_known": false,
	}
	return in
}

// argSpans finds each BuildKit argument in the instruction's text, by the
// way BuildKit split it; an argument it cannot place is {-1, -1}.
func (p *fileParser) argSpans(in *instr, values []string, from, to int) []argSpan {
	out := make([]argSpan, len(values))
	for k := range out {
		out[k] = argSpan{-1, -1}
	}
	if len(values) == 0 || from >= to {
		return out
	}
	text := in.m.text[from:to]
	whole := func() {
		if len(values) == 1 {
			out[0] = argSpan{from, to}
		}
	}
	if in.node.Attributes["json"] {
		if ss := jsonStrings(text); len(ss) == len(values) {
			for k, s := range ss {
				out[k] = argSpan{from + s.start, from + s.end}
			}
		}
		return out
	}
	ws := words(text, p.escape)
	switch in.cmd {
	case "run", "cmd", "entrypoint", "shell", "maintainer", "user", "workdir", "stopsignal", "onbuild":
		whole()
	case "healthcheck":
		if len(ws) > 0 {
			out[0] = argSpan{from + ws[0].start, from + ws[0].end}
		}
		if len(values) == 2 && len(ws) > 1 {
			out[1] = argSpan{from + ws[1].start, to}
		}
	case "env", "label":
		if len(values)%3 != 0 {
			return out
		}
		if len(values) == 3 && values[2] == "" && !strings.Contains(ws[0].text, "=") {
			// Legacy "ENV key value with spaces".
			out[0] = argSpan{from + ws[0].start, from + ws[0].end}
			if len(ws) > 1 {
				out[1] = argSpan{from + ws[1].start, to}
			}
			out[2] = argSpan{from, to}
			return out
		}
		if len(ws) != len(values)/3 {
			return out
		}
		for k, w := range ws {
			eq := strings.IndexByte(w.text, '=')
			if eq < 0 {
				continue
			}
			out[3*k] = argSpan{from + w.start, from + w.start + eq}
			out[3*k+1] = argSpan{from + w.start + eq + 1, from + w.end}
			out[3*k+2] = argSpan{from + w.start, from + w.end}
		}
	default:
		if len(ws) == len(values) {
			for k, w := range ws {
				out[k] = argSpan{from + w.start, from + w.end}
			}
		} else {
			whole()
		}
	}
	return out
}

// jsonStrings finds the string literals of a JSON array, quotes included.
func jsonStrings(s string) []word {
	var out []word
	for i := 0; i < len(s); i++ {
		if s[i] != '"' {
			continue
		}
		j := i + 1
		for j < len(s) && s[j] != '"' {
			if s[j] == '\\' {
				j++
			}
			j++
		}
		if j >= len(s) {
			return nil
		}
		out = append(out, word{s[i : j+1], i, j + 1})
		i = j
	}
	return out
}

// heredocs places each heredoc's body: the lines after the instruction
// proper up to its terminator.
func (p *fileParser) heredocs(in *instr) ([]any, []any) {
	raw, view := []any{}, []any{}
	p.source[in.ptr+"/heredocs"] = p.source[in.ptr]
	line := in.lastLine + 1
	for k, h := range in.node.Heredocs {
		hptr := model.Pointer(in.ptr+"/heredocs", strconv.Itoa(k))
		first := line
		for line <= p.l.count() {
			t := p.l.text(line)
			if h.Chomp {
				t = bytes.TrimLeft(t, "\t")
			}
			if string(t) == h.Name {
				break
			}
			line++
		}
		term := min(line, p.l.count())
		from := p.l.starts[min(first, p.l.count())-1]
		to := p.l.ends[term-1]
		contentTo := from
		if term > first {
			contentTo = p.l.ends[term-2]
		}
		p.set(hptr, from, to)
		for _, f := range []string{"name", "expand", "chomp"} {
			p.source[hptr+"/"+f] = p.source[hptr]
		}
		p.set(hptr+"/content", from, max(from, contentTo))
		line = term + 1
		raw = append(raw, map[string]any{"name": h.Name, "content": h.Content, "expand": h.Expand, "chomp": h.Chomp})
		view = append(view, map[string]any{
			"name": h.Name, "content": h.Content, "expand": h.Expand, "chomp": h.Chomp,
			"src": hptr + "/content", "commands": []any{}, "commands_known": false,
		})
		in.bodies = append(in.bodies, [3]int{from, max(from, contentTo), to})
	}
	return raw, view
}

// unquote removes one level of quotes and escapes from a value as the
// Dockerfile writes it ("a b" → a b); values with variables keep them.
func unquote(s string) string {
	if !strings.ContainsAny(s, `"'\`) {
		return s
	}
	var b strings.Builder
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote == '\'':
			if c == '\'' {
				quote = 0
				continue
			}
		case quote == '"':
			if c == '"' {
				quote = 0
				continue
			}
			if c == '\\' && i+1 < len(s) && strings.IndexByte("\"\\$`", s[i+1]) >= 0 {
				i++
				c = s[i]
			}
		case c == '"' || c == '\'':
			quote = c
			continue
		case c == '\\' && i+1 < len(s):
			i++
			c = s[i]
		}
		b.WriteByte(c)
	}
	return b.String()
}
