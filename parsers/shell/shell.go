// Package shell splits a shell script (a Dockerfile RUN, a buildspec
// command, a workflow's run step) into its simple commands with the real
// shell parser of mvdan.cc/sh, so that policies can match a program and
// its arguments (apt-get install without -y, curl piped to sh) instead of
// searching text. Positions are relative to the script; callers map them
// into their file.
package shell

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"mvdan.cc/sh/v3/syntax"
)

// MaxScript is the largest script Parse reads, in bytes; a longer one is
// an error (the caller records its commands as unknown).
const MaxScript = 256 << 10

// maxNesting bounds how deeply subshells and command substitutions may
// nest before Parse refuses a script, so the recursive parser and walker
// stay on a modest stack for hostile input. Real scripts nest a few
// levels; the bound is high so that parentheses in a comment or a string
// cannot be used to hide a script's commands from policies.
const maxNesting = 1000

// Pos is a position in the script: 1-based line and column (bytes), and
// the 0-based byte offset.
type Pos struct {
	Line   int `json:"line"`
	Col    int `json:"column"`
	Offset int `json:"offset"`
}

// Word is one word of a command.
type Word struct {
	// Value is the word after quote removal when Literal; otherwise the
	// word as written.
	Value string `json:"value"`
	// Literal is false when the word holds an expansion ($VAR, $(cmd),
	// a glob, a masked expression) whose value the script alone does not
	// decide.
	Literal    bool `json:"literal"`
	Start, End Pos
}

// Assign is a VAR=value prefix of a command, or a plain assignment.
type Assign struct {
	Name       string `json:"name"`
	Value      Word   `json:"value"`
	Start, End Pos
}

// Redirect is a redirection of a command: >> "$GITHUB_ENV".
type Redirect struct {
	// Op is the operator as written: >, >>, <, 2>, &>, <<, <<<, …
	Op         string `json:"op"`
	Target     Word   `json:"target"`
	Start, End Pos
}

// Command is one simple command.
type Command struct {
	// Words are the command's words; Words[0] is the program as written.
	Words []Word
	// Program is the index in Words of the program that runs once
	// wrappers that run their arguments as a command (sudo, env, nohup,
	// time, exec, command, nice, stdbuf) and their options are skipped:
	// for "sudo -E apt-get install x" it is 2. Equal to len(Words) when
	// the wrapper has no command.
	Program int
	Assigns []Assign
	Redirs  []Redirect
	// PipeTo is the index in Script.Commands of the command this one's
	// standard output is piped into, or -1.
	PipeTo int
	// Depth counts the command substitutions, subshells and process
	// substitutions the command sits in (0 at the top level).
	Depth      int
	Start, End Pos
}

// Name is the program's literal name ("" when it is not literal, as in
// "$TOOL build"), without a directory ("/usr/bin/curl" → "curl").
func (c *Command) Name() string {
	if c.Program >= len(c.Words) || !c.Words[c.Program].Literal {
		return ""
	}
	v := c.Words[c.Program].Value
	return v[strings.LastIndexByte(v, '/')+1:]
}

// Args are the words after the program.
func (c *Command) Args() []Word {
	if c.Program >= len(c.Words) {
		return nil
	}
	return c.Words[c.Program+1:]
}

// Script is a parsed script.
type Script struct {
	Commands []Command
}

// Options adjust Parse.
type Options struct {
	// Masked are byte ranges [start, end) of the script that are not
	// shell (GitHub's ${{ }} expressions, template placeholders): they are
	// parsed as opaque letters of the same length, so positions stay
	// exact, and a word that touches one is never Literal.
	Masked [][2]int
}

// Parse parses a bash script into its simple commands, in source order.
func Parse(script string, opts Options) (*Script, error) {
	if len(script) > MaxScript {
		return nil, fmt.Errorf("script of %d bytes exceeds the %d-byte limit", len(script), MaxScript)
	}
	src := mask(script, opts.Masked)
	if nesting(src) > maxNesting {
		return nil, fmt.Errorf("script nests more than %d levels", maxNesting)
	}
	f, err := syntax.NewParser(syntax.Variant(syntax.LangBash)).Parse(strings.NewReader(src), "")
	if err != nil {
		var pe syntax.ParseError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("%d:%d: %s", pe.Pos.Line(), pe.Pos.Col(), pe.Text)
		}
		return nil, err
	}
	w := walker{src: script, masked: opts.Masked, index: map[*syntax.CallExpr]int{}}
	w.stmts(f.Stmts, 0)
	for _, p := range w.pipes {
		from, okFrom := w.index[p[0]]
		to, okTo := w.index[p[1]]
		if okFrom && okTo {
			w.out.Commands[from].PipeTo = to
		}
	}
	return &w.out, nil
}

// mask replaces the masked ranges with letters, keeping newlines, so the
// parser sees one opaque word of the same length.
func mask(s string, spans [][2]int) string {
	if len(spans) == 0 {
		return s
	}
	b := []byte(s)
	for _, sp := range spans {
		for i := max(sp[0], 0); i < min(sp[1], len(b)); i++ {
			if b[i] != '\n' {
				b[i] = 'x'
			}
		}
	}
	return string(b)
}

// nesting is an upper bound of the script's nesting depth: the deepest
// run of unclosed parentheses and braces, quotes ignored.
func nesting(s string) int {
	depth, deepest := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(', '{':
			depth++
			deepest = max(deepest, depth)
		case ')', '}':
			depth = max(depth-1, 0)
		}
	}
	return deepest
}

type walker struct {
	src    string
	masked [][2]int
	out    Script
	index  map[*syntax.CallExpr]int
	pipes  [][2]*syntax.CallExpr
}

func (w *walker) stmts(list []*syntax.Stmt, depth int) {
	for _, s := range list {
		w.stmt(s, depth)
	}
}

func (w *walker) stmt(s *syntax.Stmt, depth int) {
	if s == nil {
		return
	}
	if _, simple := s.Cmd.(*syntax.CallExpr); !simple && len(s.Redirs) > 0 {
		// A redirection of a compound command ({ …; } >> "$GITHUB_ENV", a
		// loop's < file) applies to every command inside it.
		from := len(w.out.Commands)
		defer func() {
			for i := from; i < len(w.out.Commands); i++ {
				for _, r := range s.Redirs {
					w.out.Commands[i].Redirs = append(w.out.Commands[i].Redirs, w.redirect(r))
				}
			}
		}()
	}
	switch c := s.Cmd.(type) {
	case *syntax.CallExpr:
		w.call(c, s, depth)
	case *syntax.BinaryCmd:
		w.stmt(c.X, depth)
		w.stmt(c.Y, depth)
		if c.Op == syntax.Pipe || c.Op == syntax.PipeAll {
			w.pipes = append(w.pipes, [2]*syntax.CallExpr{last(c.X), first(c.Y)})
		}
	case *syntax.Subshell:
		w.stmts(c.Stmts, depth+1)
	case *syntax.Block:
		w.stmts(c.Stmts, depth)
	case *syntax.IfClause:
		for ; c != nil; c = c.Else {
			w.stmts(c.Cond, depth)
			w.stmts(c.Then, depth)
		}
	case *syntax.WhileClause:
		w.stmts(c.Cond, depth)
		w.stmts(c.Do, depth)
	case *syntax.ForClause:
		w.words(c, depth)
		w.stmts(c.Do, depth)
	case *syntax.CaseClause:
		w.words(c.Word, depth)
		for _, it := range c.Items {
			w.stmts(it.Stmts, depth)
		}
	case *syntax.FuncDecl:
		w.stmt(c.Body, depth)
	case *syntax.TimeClause:
		w.stmt(c.Stmt, depth)
	case *syntax.CoprocClause:
		w.stmt(c.Stmt, depth)
	case *syntax.DeclClause:
		w.words(c, depth)
	default:
		if c != nil {
			w.words(c, depth)
		}
	}
	for _, r := range s.Redirs {
		w.words(r, depth)
	}
}

// words records the commands inside command and process substitutions
// of a node that is not itself a command list.
func (w *walker) words(n syntax.Node, depth int) {
	syntax.Walk(n, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.CmdSubst:
			w.stmts(n.Stmts, depth+1)
			return false
		case *syntax.ProcSubst:
			w.stmts(n.Stmts, depth+1)
			return false
		}
		return true
	})
}

func (w *walker) call(c *syntax.CallExpr, s *syntax.Stmt, depth int) {
	// The statement's end includes a trailing ";" or "&"; the command
	// ends with its last word or redirection.
	end := c.End()
	for _, r := range s.Redirs {
		if r.End().After(end) {
			end = r.End()
		}
	}
	cmd := Command{PipeTo: -1, Depth: depth, Start: w.pos(s.Pos()), End: w.pos(end)}
	for _, a := range c.Assigns {
		as := Assign{Start: w.pos(a.Pos()), End: w.pos(a.End())}
		if a.Name != nil {
			as.Name = a.Name.Value
		}
		if a.Value != nil {
			as.Value = w.word(a.Value)
		} else {
			as.Value = Word{Literal: true, Start: as.End, End: as.End}
		}
		cmd.Assigns = append(cmd.Assigns, as)
	}
	for _, a := range c.Args {
		cmd.Words = append(cmd.Words, w.word(a))
	}
	for _, r := range s.Redirs {
		cmd.Redirs = append(cmd.Redirs, w.redirect(r))
	}
	cmd.Program = program(cmd.Words)
	w.index[c] = len(w.out.Commands)
	w.out.Commands = append(w.out.Commands, cmd)
	// Substitutions inside the words run too: $(curl … | sh).
	for _, a := range c.Assigns {
		w.words(a, depth)
	}
	for _, a := range c.Args {
		w.words(a, depth)
	}
}

// redirect converts a redirection.
func (w *walker) redirect(r *syntax.Redirect) Redirect {
	rd := Redirect{Op: r.Op.String(), Start: w.pos(r.Pos()), End: w.pos(r.End())}
	if r.N != nil {
		rd.Op = r.N.Value + rd.Op
	}
	if r.Word != nil {
		rd.Target = w.word(r.Word)
	}
	return rd
}

// word converts a word: its value after quote removal when it is fully
// literal.
func (w *walker) word(x *syntax.Word) Word {
	start, end := w.pos(x.Pos()), w.pos(x.End())
	out := Word{Start: start, End: end, Literal: true}
	var b strings.Builder
	for _, p := range x.Parts {
		switch p := p.(type) {
		case *syntax.Lit:
			b.WriteString(unescape(p.Value))
		case *syntax.SglQuoted:
			b.WriteString(p.Value)
		case *syntax.DblQuoted:
			for _, q := range p.Parts {
				lit, ok := q.(*syntax.Lit)
				if !ok {
					out.Literal = false
					break
				}
				b.WriteString(lit.Value)
			}
		default:
			out.Literal = false
		}
	}
	if out.Literal && !w.touchesMask(start.Offset, end.Offset) && !hasGlob(x) {
		out.Value = b.String()
	} else {
		out.Literal = false
		out.Value = w.src[start.Offset:end.Offset]
	}
	return out
}

func (w *walker) touchesMask(from, to int) bool {
	for _, m := range w.masked {
		if m[0] < to && from < m[1] {
			return true
		}
	}
	return false
}

// hasGlob reports whether an unquoted part of the word is a glob
// pattern, whose value depends on the file system.
func hasGlob(x *syntax.Word) bool {
	for _, p := range x.Parts {
		if lit, ok := p.(*syntax.Lit); ok && globRe.MatchString(lit.Value) {
			return true
		}
	}
	return false
}

var globRe = regexp.MustCompile(`[*?]|\[[^]]*\]`)

// unescape removes the backslashes of an unquoted literal.
func unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			if s[i] == '\n' {
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func (w *walker) pos(p syntax.Pos) Pos {
	off := min(int(p.Offset()), len(w.src))
	return Pos{Line: int(p.Line()), Col: int(p.Col()), Offset: off}
}

// first is the first simple command of a pipeline element, last its last.
func first(s *syntax.Stmt) *syntax.CallExpr {
	for s != nil {
		switch c := s.Cmd.(type) {
		case *syntax.CallExpr:
			return c
		case *syntax.BinaryCmd:
			s = c.X
		default:
			return nil
		}
	}
	return nil
}

func last(s *syntax.Stmt) *syntax.CallExpr {
	for s != nil {
		switch c := s.Cmd.(type) {
		case *syntax.CallExpr:
			return c
		case *syntax.BinaryCmd:
			s = c.Y
		default:
			return nil
		}
	}
	return nil
}

// wrappers run their arguments as a command; the value lists the options
// that take a separate argument.
var wrappers = map[string][]string{
	"sudo":    {"-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-U", "-T"},
	"env":     {"-u", "-C", "-S", "--unset", "--chdir"},
	"nohup":   nil,
	"time":    {"-f", "-o"},
	"exec":    {"-a"},
	"command": nil,
	"nice":    {"-n"},
	"stdbuf":  {"-i", "-o", "-e"},
	"doas":    {"-u", "-C"},
}

// program skips wrappers, their options and env's VAR=value arguments.
func program(words []Word) int {
	i := 0
	for i < len(words) && words[i].Literal {
		name := words[i].Value[strings.LastIndexByte(words[i].Value, '/')+1:]
		takesArg, ok := wrappers[name]
		if !ok {
			return i
		}
		i++
		for i < len(words) && words[i].Literal {
			v := words[i].Value
			switch {
			case v == "--":
				i++
			case strings.HasPrefix(v, "-"):
				i++
				for _, o := range takesArg {
					if v == o {
						i++
					}
				}
				continue
			case name == "env" && strings.Contains(v, "=") && !strings.HasPrefix(v, "="):
				i++
				continue
			}
			break
		}
	}
	return i
}
