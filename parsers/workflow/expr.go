package workflow

import (
	"strings"
)

// An expression of GitHub's workflow language, as written between ${{ and
// }}: literals (null, booleans, numbers, 'strings'), contexts with property
// access (a.b, a['b'], a[x], a.*), the operators ! < <= > >= == != && ||,
// parentheses and function calls.
//
// The parser below builds a small tree and the analysis answers what
// policies ask of an expression: which contexts it reads, which of them can
// flow into its value (a context compared with == yields a boolean; one
// passed to format() or || reaches the result), the calls it makes with
// their arguments, and its comparisons.

// Bounds for hostile input: an expression longer than maxExprLen or nested
// deeper than maxExprDepth is recorded unparsed.
const (
	maxExprLen   = 16 << 10
	maxExprDepth = 100
)

type tokKind uint8

const (
	tkEOF tokKind = iota
	tkIdent
	tkNumber
	tkString
	tkOp // one of the operators and punctuation
)

type token struct {
	kind tokKind
	text string // identifier, number text, string value, operator
	off  int
}

// lexExpr splits an expression into tokens; ok is false on a character the
// language does not have or an unterminated string.
func lexExpr(s string) ([]token, bool) {
	var out []token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '\'':
			var b strings.Builder
			j := i + 1
			for {
				if j >= len(s) {
					return nil, false
				}
				if s[j] == '\'' {
					if j+1 < len(s) && s[j+1] == '\'' {
						b.WriteByte('\'')
						j += 2
						continue
					}
					break
				}
				b.WriteByte(s[j])
				j++
			}
			out = append(out, token{tkString, b.String(), i})
			i = j + 1
		case isIdentStart(c):
			j := i + 1
			for j < len(s) && (isIdentStart(s[j]) || isDigit(s[j]) || s[j] == '-') {
				j++
			}
			out = append(out, token{tkIdent, s[i:j], i})
			i = j
		case isDigit(c) || (c == '-' && i+1 < len(s) && (isDigit(s[i+1]) || s[i+1] == '.')) || (c == '.' && i+1 < len(s) && isDigit(s[i+1]) && !afterValue(out)):
			j := i + 1
			for j < len(s) && (isDigit(s[j]) || isIdentStart(s[j]) || s[j] == '.' || ((s[j] == '-' || s[j] == '+') && (s[j-1] == 'e' || s[j-1] == 'E'))) {
				j++
			}
			out = append(out, token{tkNumber, s[i:j], i})
			i = j
		default:
			op := ""
			for _, o := range []string{"==", "!=", "<=", ">=", "&&", "||", "!", "<", ">", ".", "[", "]", "(", ")", ",", "*"} {
				if strings.HasPrefix(s[i:], o) {
					op = o
					break
				}
			}
			if op == "" {
				return nil, false
			}
			out = append(out, token{tkOp, op, i})
			i += len(op)
		}
	}
	return append(out, token{kind: tkEOF, off: len(s)}), true
}

// afterValue reports whether the last token ends a value, so that a "."
// that follows is property access rather than the start of a number.
func afterValue(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	t := toks[len(toks)-1]
	return t.kind == tkIdent || (t.kind == tkOp && (t.text == "]" || t.text == ")" || t.text == "*"))
}

func isIdentStart(c byte) bool {
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// node is a parsed expression.
type node struct {
	kind string // "literal", "context", "index", "call", "not", "binary", "star"
	// literal: lit is the value as text, litKind "string", "number",
	// "bool" or "null". context: name. call: name (lowercase).
	// binary: op.
	name    string
	lit     string
	litKind string
	op      string
	kids    []*node // index: [object, key]; call: args; not: [x]; binary: [l, r]
}

type exprParser struct {
	toks  []token
	i     int
	depth int
	bad   bool
}

// parseExpr parses an expression; nil when it is not well formed.
func parseExpr(s string) *node {
	if len(s) > maxExprLen {
		return nil
	}
	toks, ok := lexExpr(s)
	if !ok {
		return nil
	}
	p := &exprParser{toks: toks}
	n := p.or()
	if p.bad || n == nil || p.peek().kind != tkEOF {
		return nil
	}
	return n
}

func (p *exprParser) peek() token { return p.toks[p.i] }

func (p *exprParser) isOp(op string) bool {
	t := p.peek()
	return t.kind == tkOp && t.text == op
}

func (p *exprParser) enter() bool {
	p.depth++
	if p.depth > maxExprDepth {
		p.bad = true
		return false
	}
	return true
}

func (p *exprParser) binary(next func() *node, ops ...string) *node {
	if !p.enter() {
		return nil
	}
	defer func() { p.depth-- }()
	l := next()
	for l != nil && !p.bad {
		t := p.peek()
		matched := ""
		for _, o := range ops {
			if t.kind == tkOp && t.text == o {
				matched = o
			}
		}
		if matched == "" {
			break
		}
		p.i++
		r := next()
		if r == nil {
			p.bad = true
			return nil
		}
		l = &node{kind: "binary", op: matched, kids: []*node{l, r}}
	}
	return l
}

func (p *exprParser) or() *node  { return p.binary(p.and, "||") }
func (p *exprParser) and() *node { return p.binary(p.eq, "&&") }
func (p *exprParser) eq() *node  { return p.binary(p.cmp, "==", "!=") }
func (p *exprParser) cmp() *node { return p.binary(p.unary, "<", "<=", ">", ">=") }

func (p *exprParser) unary() *node {
	if !p.enter() {
		return nil
	}
	defer func() { p.depth-- }()
	if p.isOp("!") {
		p.i++
		x := p.unary()
		if x == nil {
			p.bad = true
			return nil
		}
		return &node{kind: "not", kids: []*node{x}}
	}
	return p.postfix()
}

func (p *exprParser) postfix() *node {
	x := p.primary()
	for x != nil && !p.bad {
		switch {
		case p.isOp("."):
			p.i++
			t := p.peek()
			switch {
			case t.kind == tkIdent:
				p.i++
				x = &node{kind: "index", kids: []*node{x, {kind: "literal", litKind: "string", lit: t.text}}}
			case t.kind == tkOp && t.text == "*":
				p.i++
				x = &node{kind: "index", kids: []*node{x, {kind: "star"}}}
			default:
				p.bad = true
				return nil
			}
		case p.isOp("["):
			p.i++
			var key *node
			if p.isOp("*") {
				p.i++
				key = &node{kind: "star"}
			} else {
				key = p.or()
			}
			if key == nil || !p.isOp("]") {
				p.bad = true
				return nil
			}
			p.i++
			x = &node{kind: "index", kids: []*node{x, key}}
		default:
			return x
		}
	}
	return x
}

func (p *exprParser) primary() *node {
	t := p.peek()
	switch t.kind {
	case tkString:
		p.i++
		return &node{kind: "literal", litKind: "string", lit: t.text}
	case tkNumber:
		p.i++
		return &node{kind: "literal", litKind: "number", lit: t.text}
	case tkIdent:
		p.i++
		switch strings.ToLower(t.text) {
		case "true", "false":
			return &node{kind: "literal", litKind: "bool", lit: strings.ToLower(t.text)}
		case "null":
			return &node{kind: "literal", litKind: "null", lit: "null"}
		}
		if p.isOp("(") {
			p.i++
			call := &node{kind: "call", name: strings.ToLower(t.text)}
			if p.isOp(")") {
				p.i++
				return call
			}
			for {
				a := p.or()
				if a == nil {
					p.bad = true
					return nil
				}
				call.kids = append(call.kids, a)
				if p.isOp(",") {
					p.i++
					continue
				}
				if p.isOp(")") {
					p.i++
					return call
				}
				p.bad = true
				return nil
			}
		}
		return &node{kind: "context", name: strings.ToLower(t.text)}
	case tkOp:
		if t.text == "(" {
			p.i++
			x := p.or()
			if x == nil || !p.isOp(")") {
				p.bad = true
				return nil
			}
			p.i++
			return x
		}
	}
	p.bad = true
	return nil
}

// Context is a context an expression reads: its path in lowercase with
// property names joined by dots ("github.event.issue.title"); a list index
// or the * filter is "*". Dynamic is true when an index is itself computed
// (secrets[format('{0}', x)]): the path then ends with "*" there.
type Context struct {
	Path    string
	Dynamic bool
}

// contextPath returns the path of an index chain rooted at a context, and
// whether it is one.
func contextPath(n *node) (Context, bool) {
	switch n.kind {
	case "context":
		return Context{Path: n.name}, true
	case "index":
		base, ok := contextPath(n.kids[0])
		if !ok {
			return Context{}, false
		}
		key := n.kids[1]
		switch {
		case key.kind == "literal" && key.litKind == "string":
			base.Path += "." + strings.ToLower(key.lit)
		case key.kind == "star" || (key.kind == "literal" && key.litKind == "number"):
			base.Path += ".*"
		default:
			base.Path += ".*"
			base.Dynamic = true
		}
		return base, true
	}
	return Context{}, false
}

// Operand is one side of a comparison or an argument of a call: a
// "literal" (Value is its text: 'x' → x), a "context" (Value is its path)
// or anything else ("other", Value empty).
type Operand struct {
	Kind  string
	Value string
}

func operand(n *node) Operand {
	if n.kind == "literal" {
		return Operand{Kind: "literal", Value: n.lit}
	}
	if c, ok := contextPath(n); ok {
		return Operand{Kind: "context", Value: c.Path}
	}
	return Operand{Kind: "other"}
}

// Call is a function call with its arguments.
type Call struct {
	Name string
	Args []Operand
}

// Compare is a comparison a op b.
type Compare struct {
	Op          string
	Left, Right Operand
}

// Analysis is what an expression reads and yields.
type Analysis struct {
	Contexts []Context
	// Flows are the paths of the contexts whose value can become the
	// expression's value, or part of it.
	Flows    []string
	Calls    []Call
	Compares []Compare
	// Literal is true when the expression is a constant: no context and no
	// call.
	Literal bool
}

// analyze walks a parsed expression.
func analyze(n *node) Analysis {
	var a Analysis
	seenCtx := map[Context]bool{}
	var walk func(n *node)
	walk = func(n *node) {
		if c, ok := contextPath(n); ok {
			if !seenCtx[c] {
				seenCtx[c] = true
				a.Contexts = append(a.Contexts, c)
			}
			// A dynamic index reads contexts of its own.
			for x := n; x.kind == "index"; x = x.kids[0] {
				if k := x.kids[1]; k.kind != "literal" && k.kind != "star" {
					walk(k)
				}
			}
			return
		}
		switch n.kind {
		case "call":
			c := Call{Name: n.name}
			for _, k := range n.kids {
				c.Args = append(c.Args, operand(k))
			}
			a.Calls = append(a.Calls, c)
		case "binary":
			switch n.op {
			case "==", "!=", "<", "<=", ">", ">=":
				a.Compares = append(a.Compares, Compare{Op: n.op, Left: operand(n.kids[0]), Right: operand(n.kids[1])})
			}
		}
		for _, k := range n.kids {
			walk(k)
		}
	}
	walk(n)
	seen := map[string]bool{}
	for _, f := range flows(n, 0) {
		if !seen[f] {
			seen[f] = true
			a.Flows = append(a.Flows, f)
		}
	}
	a.Literal = len(a.Contexts) == 0 && len(a.Calls) == 0
	return a
}

// valueFunctions pass (part of) their arguments' values into their
// result; every other function (contains, startsWith, hashFiles, success,
// …) yields a boolean or a value of its own.
var valueFunctions = map[string]bool{
	"format": true, "join": true, "tojson": true, "fromjson": true,
}

// flows lists the contexts whose value can reach n's value.
func flows(n *node, depth int) []string {
	if depth > maxExprDepth {
		return nil
	}
	if c, ok := contextPath(n); ok {
		return []string{c.Path}
	}
	switch n.kind {
	case "binary":
		switch n.op {
		case "||":
			return append(flows(n.kids[0], depth+1), flows(n.kids[1], depth+1)...)
		case "&&":
			// a && b is a when a is falsy (an empty string at most), else b.
			return flows(n.kids[1], depth+1)
		}
	case "call":
		if valueFunctions[n.name] {
			var out []string
			for _, k := range n.kids {
				out = append(out, flows(k, depth+1)...)
			}
			return out
		}
	case "index":
		// An index into a computed value: fromJSON(x).y.
		return flows(n.kids[0], depth+1)
	}
	return nil
}

// Span is an expression found in a string: the byte offsets of ${{ and of
// the end of }}, and the text between them.
type Span struct {
	Start, End int
	Text       string
}

// findExprs returns the ${{ }} expressions of s in order. An expression
// ends at the first }} outside a string literal; one without an end runs
// to the end of s and is left out.
func findExprs(s string) []Span {
	var out []Span
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], "${{")
		if j < 0 {
			break
		}
		start := i + j
		k := start + 3
		inStr := false
		end := -1
		for k < len(s) {
			c := s[k]
			if inStr {
				if c == '\'' {
					if k+1 < len(s) && s[k+1] == '\'' {
						k += 2
						continue
					}
					inStr = false
				}
				k++
				continue
			}
			if c == '\'' {
				inStr = true
				k++
				continue
			}
			if c == '}' && k+1 < len(s) && s[k+1] == '}' {
				end = k + 2
				break
			}
			k++
		}
		if end < 0 {
			break
		}
		out = append(out, Span{Start: start, End: end, Text: strings.TrimSpace(s[start+3 : end-2])})
		i = end
		if len(out) >= maxExprsPerString {
			break
		}
	}
	return out
}

// maxExprsPerString bounds the expressions recorded for one string.
const maxExprsPerString = 1000
