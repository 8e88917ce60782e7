// Package yamltree reads YAML into a tree with exact byte spans, for every
// YAML input kind (CloudFormation, CodeBuild buildspecs, GitHub Actions
// workflows): yaml.v3 decodes, and the builder here recovers where each
// value starts and ends, converts yaml.v3's character columns and YAML
// line breaks to byte columns and LF lines, expands aliases and merge keys
// within budgets, and notes duplicate keys. Parse turns the tree into the
// plain values and the source map of a model.Document.
package yamltree

import (
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/shipgate/shipgate/scanner/model"
)

// Doc is a YAML file as plain values with a range for every value.
type Doc struct {
	// Value is the document as map[string]any, []any, string, int,
	// float64, bool and nil; nil for an empty document.
	Value any
	// Source maps the JSON pointer of every value to its range; a mapping
	// entry's range runs from its key to the end of its value.
	Source map[string]model.Range
	// Notes are the duplicate keys found.
	Notes []model.Note
	// Tree is the built tree, for ScalarPos and callers that need spans.
	Tree *Tree

	path    string
	scalars map[string]*Node
	blocks  map[*Node]block
}

// Parse reads the first YAML document of src. Errors are *Error.
func Parse(path string, src []byte, opts Options) (*Doc, error) {
	t, err := Build(path, src, opts)
	if err != nil {
		return nil, err
	}
	d := &Doc{Source: map[string]model.Range{}, Notes: t.Notes, Tree: t, path: path, scalars: map[string]*Node{}}
	if t.Root != nil {
		d.Value = d.emit(t.Root, "", t.Root.Span)
	}
	return d, nil
}

// emit converts n, recording its range (sp: the entry's span for a
// mapping value) under ptr.
func (d *Doc) emit(n *Node, ptr string, sp Span) any {
	d.Source[ptr] = d.Tree.Text.Range(d.path, sp)
	switch n.Kind {
	case MappingNode:
		m := make(map[string]any, len(n.Keys))
		for i, k := range n.Keys {
			m[k] = d.emit(n.Kids[i], ptr+"/"+model.PointerToken(k), n.EntrySpan(i))
		}
		return m
	case SequenceNode:
		l := make([]any, len(n.Kids))
		for i, c := range n.Kids {
			l[i] = d.emit(c, ptr+"/"+strconv.Itoa(i), c.Span)
		}
		return l
	default:
		if _, ok := n.Value.(string); ok {
			d.scalars[ptr] = n
		}
		return n.Value
	}
}

// ValueRange is the range of the value at ptr alone (for a mapping entry,
// without its key), and whether ptr names a value.
func (d *Doc) ValueRange(ptr string) (model.Range, bool) {
	if n, ok := d.scalars[ptr]; ok {
		return d.Tree.Text.Range(d.path, n.Span), true
	}
	r, ok := d.Source[ptr]
	return r, ok
}

// ScalarPos returns the file position of the byte at offset off of the
// string value at ptr, when the way the scalar is written lets it be
// known exactly: a literal block scalar (|), or a scalar on one line,
// plain or quoted without escapes. Otherwise, as for folded scalars whose
// line breaks became spaces, ok is false and callers use the scalar's own
// range.
func (d *Doc) ScalarPos(ptr string, off int) (pos model.Pos, ok bool) {
	n, ok := d.scalars[ptr]
	if !ok {
		return model.Pos{}, false
	}
	v, _ := n.Value.(string)
	if off < 0 || off > len(v) {
		return model.Pos{}, false
	}
	src := d.Tree.Text.src
	switch {
	case n.Style&yaml.LiteralStyle != 0:
		return d.literalPos(n, v, off)
	case n.Style&yaml.FoldedStyle != 0:
		return model.Pos{}, false
	case strings.ContainsAny(v, "\n\r"):
		return model.Pos{}, false
	}
	start := n.Text
	if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		start++
	}
	end := start + len(v)
	if end > len(src) || string(src[start:end]) != v {
		// Escapes or a line fold: the text is not the value byte for byte.
		return model.Pos{}, false
	}
	return d.Tree.Text.Pos(start + off), true
}

// literalPos maps an offset into a literal block scalar's value: each of
// its lines is a line of the file, indented by the block's indentation.
func (d *Doc) literalPos(n *Node, v string, off int) (model.Pos, bool) {
	t := d.Tree.Text
	src := t.src
	starts, indent := d.blockLines(n, v)
	if indent < 0 {
		return model.Pos{}, false
	}
	valueLine := strings.Count(v[:off], "\n")
	if valueLine >= len(starts) {
		return model.Pos{}, false
	}
	lineStart := strings.LastIndexByte(v[:off], '\n') + 1
	line := starts[valueLine]
	at := line + indent + (off - lineStart)
	if line >= len(src) || at > t.lineEnd(line) {
		return model.Pos{}, false
	}
	if want := v[lineStart:min(off+1, len(v))]; !strings.HasPrefix(string(src[line+indent:t.lineEnd(line)]), strings.TrimSuffix(want, "\n")) {
		return model.Pos{}, false
	}
	return t.Pos(at), true
}

// blockLines returns the file offset of each line of a literal block
// scalar's value and the block's indentation (-1 when it has none),
// computed once per scalar: a script's commands and words each ask for a
// position, and walking the block each time was quadratic in its length.
func (d *Doc) blockLines(n *Node, v string) ([]int, int) {
	if b, ok := d.blocks[n]; ok {
		return b.starts, b.indent
	}
	t := d.Tree.Text
	// The content starts on the line after the indicator (and its
	// comment, if any).
	line := t.nextLine(n.Text)
	indent := blockIndent(t.src, line)
	var starts []int
	if indent >= 0 {
		lines := strings.Count(v, "\n") + 1
		starts = make([]int, 0, lines)
		for i := 0; i < lines && line < len(t.src); i++ {
			starts = append(starts, line)
			line = t.nextLine(line)
		}
	}
	if d.blocks == nil {
		d.blocks = map[*Node]block{}
	}
	d.blocks[n] = block{starts: starts, indent: indent}
	return starts, indent
}

// block is what blockLines computed for a literal block scalar.
type block struct {
	starts []int
	indent int
}

// blockIndent is the indentation of a block scalar whose content starts
// at line: that of its first non-blank line (literalPos checks the text,
// so an explicit indentation indicator that differs fails safe); -1 when
// there is none.
func blockIndent(src []byte, line int) int {
	for p := line; p < len(src); {
		n := 0
		for p+n < len(src) && src[p+n] == ' ' {
			n++
		}
		if p+n < len(src) && src[p+n] != '\n' && src[p+n] != '\r' {
			return n
		}
		// A blank line: the next one decides.
		for p < len(src) && src[p] != '\n' {
			p++
		}
		p++
	}
	return -1
}
