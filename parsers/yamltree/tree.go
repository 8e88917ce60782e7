package yamltree

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/shipgate/shipgate/scanner/model"
)

// Node is a YAML node with byte spans: the yaml.v3 tree with aliases and
// merge keys applied, scalars typed and local tags rewritten by
// Options.Tag.
type Node struct {
	Kind NodeKind
	// Value is a scalar's value: string, int, float64, bool or nil.
	Value any
	// Keys, KeySpans and Kids hold a mapping's entries in order; Kids also
	// holds a sequence's items.
	Keys     []string
	KeySpans []Span
	Kids     []*Node
	// Span is the span of the value, from its properties to its end.
	Span Span
	// Text is where a scalar's text starts, after its properties (its
	// quote or block indicator included), and Style how it is written;
	// ScalarPos uses them.
	Text  int
	Style yaml.Style
}

// EntrySpan is the span of a mapping entry: from its key to the end of its
// value.
func (n *Node) EntrySpan(i int) Span {
	s := Span{n.KeySpans[i].Start, n.Kids[i].Span.End}
	if s.End < n.KeySpans[i].End {
		s.End = n.KeySpans[i].End
	}
	return s
}

// Get returns the value of key in a mapping node, or nil.
func (n *Node) Get(key string) *Node {
	if n == nil || n.Kind != MappingNode {
		return nil
	}
	for i, k := range n.Keys {
		if k == key {
			return n.Kids[i]
		}
	}
	return nil
}

// Str returns a scalar node's string value.
func (n *Node) Str() (string, bool) {
	if n == nil || n.Kind != ScalarNode {
		return "", false
	}
	s, ok := n.Value.(string)
	return s, ok
}

// NodeKind says what a Node is.
type NodeKind uint8

// The kinds of Node.
const (
	ScalarNode NodeKind = iota
	MappingNode
	SequenceNode
)

// Budgets bound what one file may cost, so that a hostile file (an alias
// bomb, deep nesting) is a limit error instead of exhausting memory or
// time. Each is far above what real files use: in the corpus of 2,400
// CloudFormation templates, at most 2,927 values, 21 levels of nesting and
// no aliases.
const (
	// MaxNodes bounds the values (scalars, mappings, sequences) of a
	// file, expanded aliases included. It is checked on an estimate
	// before the YAML is decoded, since the decoder alone takes some 200
	// bytes a value, and exactly while the tree is built.
	MaxNodes = 1_000_000
	// MaxDepth bounds the nesting of mappings and sequences, aliases
	// included.
	MaxDepth = 500
	// MaxAliasNodes bounds the nodes alias expansion adds.
	MaxAliasNodes = 100_000
	// MaxAliasBytes bounds the bytes of scalars alias expansion adds.
	MaxAliasBytes = 16 << 20
)

// Error is a file that cannot be read as YAML (Limit false) or that
// exceeds a budget (Limit true), at Pos.
type Error struct {
	Path  string
	Pos   model.Pos
	Msg   string
	Limit bool
}

// Error formats the error as path:line:col: message.
func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Pos.Line, e.Pos.Col, e.Msg)
}

// Options adjust Build.
type Options struct {
	// Noun names the file in messages ("template"); "file" when empty.
	Noun string
	// Tag rewrites a node carrying a local tag (CloudFormation's !Ref),
	// whose text starts at start; nil leaves tagged nodes as they are.
	Tag func(tag string, n *Node, start int) *Node
	// Duplicate ends the note about a duplicate key, after "the last
	// value is used" (", as CloudFormation does").
	Duplicate string
}

// Tree is a built YAML document.
type Tree struct {
	// Root is nil for an empty document.
	Root *Node
	Text *Text
	// Notes are the duplicate keys found.
	Notes []model.Note
}

// Build reads the first YAML document of src into a tree. Errors are
// *Error.
func Build(path string, src []byte, opts Options) (*Tree, error) {
	noun := cmp.Or(opts.Noun, "file")
	if estimateNodes(src) > 2*MaxNodes {
		// The estimate counts separators, of which a value may take two.
		return nil, &Error{Path: path, Pos: model.Pos{Line: 1, Col: 1}, Msg: fmt.Sprintf("the %s holds more than %d values; the %s is not checked", noun, MaxNodes, noun), Limit: true}
	}
	tx := NewText(src)
	doc, err := decodeFirst(src)
	if err != nil {
		return nil, yamlError(path, tx, err)
	}
	t := &Tree{Text: tx}
	if doc == nil || len(doc.Content) == 0 || (doc.Content[0].Kind == yaml.ScalarNode && doc.Content[0].ShortTag() == "!!null") {
		return t, nil
	}
	b := &builder{t: tx, path: path, opts: opts, noun: noun}
	t.Root, err = b.build(doc.Content[0], false, -1)
	if err != nil {
		return nil, err
	}
	t.Notes = b.notes
	return t, nil
}

// EstimateNodes bounds from above, roughly, how many values YAML decoding
// of src creates: every value but the first needs a separator before it (a
// line break, a comma, a colon, a dash, a bracket or a question mark).
// Counting takes one pass over the bytes and no memory.
func EstimateNodes(src []byte) int { return estimateNodes(src) }

func estimateNodes(src []byte) int {
	n := 1
	for _, c := range src {
		switch c {
		case '\n', '\r', ',', ':', '-', '[', '{', '?', 0x85, 0xA8, 0xA9: // 0x85, 0xA8, 0xA9 end NEL, LS, PS
			n++
		}
	}
	return n
}

// Decode decodes the first document of src with yaml.v3 alone, for a
// reader's quick look at a file's shape (nil for an empty file); files
// from a scan are built with Build or Parse.
func Decode(src []byte) (*yaml.Node, error) { return decodeFirst(src) }

// decodeFirst decodes the first document of src.
func decodeFirst(src []byte) (*yaml.Node, error) {
	var doc yaml.Node
	err := yaml.NewDecoder(bytes.NewReader(src)).Decode(&doc)
	if errors.Is(err, io.EOF) {
		return nil, nil
	}
	if err != nil && looksLikeJSON(src) && bytes.IndexByte(src, '\t') >= 0 {
		// JSON allows tabs where YAML indentation does not. Valid JSON
		// holds tabs only as whitespace, so blanking them keeps every
		// offset and lets yaml.v3 read the file.
		clean := bytes.ReplaceAll(src, []byte{'\t'}, []byte{' '})
		var doc2 yaml.Node
		if err2 := yaml.NewDecoder(bytes.NewReader(clean)).Decode(&doc2); err2 == nil {
			return &doc2, nil
		}
	}
	if err != nil {
		return nil, err
	}
	return &doc, nil
}

func looksLikeJSON(src []byte) bool {
	s := bytes.TrimLeft(src, " \t\r\n\ufeff")
	return len(s) > 0 && s[0] == '{'
}

var yamlLineRE = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlError converts a yaml.v3 error into an Error.
func yamlError(path string, tx *Text, err error) *Error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	pos := model.Pos{Line: 1, Col: 1}
	if m := yamlLineRE.FindStringSubmatch(err.Error()); m != nil {
		msg = m[2]
		if line, convErr := strconv.Atoi(m[1]); convErr == nil {
			pos = tx.Pos(tx.Offset(line, 1))
		}
	}
	return &Error{Path: path, Pos: pos, Msg: msg}
}

// builder turns a yaml.v3 tree into Nodes.
type builder struct {
	t    *Text
	path string
	opts Options
	noun string
	// nodes counts the nodes built and scalarBytes their text, expanded
	// aliases included; aliasNodes and aliasBytes count what aliases
	// added. depth is the nesting of the node being built and deepest the
	// deepest reached (see MaxNodes, MaxAliasNodes, MaxAliasBytes,
	// MaxDepth).
	nodes, scalarBytes, aliasNodes, aliasBytes, depth, deepest int
	// anchors holds every anchored node built so far: an alias reuses it
	// rather than building its target again, so expanding an alias costs
	// the same whatever its target's size (a YAML "billion laughs" is
	// counted, not built).
	anchors map[*yaml.Node]*anchored
	// notes holds the duplicate keys found, once each even when an alias
	// expands the mapping again; noted holds their offsets.
	notes []model.Note
	noted map[int]bool
}

// anchored is an anchored node once built (p is nil while it is being
// built), with the nodes, scalar bytes and levels of nesting it holds.
type anchored struct {
	p                    *Node
	nodes, bytes, height int
}

func (b *builder) limitf(off int, format string, args ...any) *Error {
	return &Error{Path: b.path, Pos: b.t.Pos(off), Msg: fmt.Sprintf(format, args...), Limit: true}
}

func (b *builder) errorf(off int, format string, args ...any) *Error {
	return &Error{Path: b.path, Pos: b.t.Pos(off), Msg: fmt.Sprintf(format, args...)}
}

// build converts n, a child of a collection indented by parentIndent (-1
// for the root), in flow or block context.
func (b *builder) build(n *yaml.Node, flow bool, parentIndent int) (*Node, error) {
	start := b.t.Offset(n.Line, n.Column)
	if n.Kind == yaml.AliasNode {
		return b.alias(n, start, flow, parentIndent)
	}
	if b.nodes++; b.nodes > MaxNodes {
		return nil, b.limitf(start, "the %s holds more than %d values; the %s is not checked", b.noun, MaxNodes, b.noun)
	}
	if b.depth >= MaxDepth {
		return nil, b.limitf(start, "mappings and sequences nest deeper than %d levels; the %s is not checked", MaxDepth, b.noun)
	}
	b.depth++
	b.deepest = max(b.deepest, b.depth)
	var a *anchored
	var nodes0, bytes0, deepest0 int
	if n.Anchor != "" {
		if b.anchors == nil {
			b.anchors = map[*yaml.Node]*anchored{}
		}
		a = &anchored{}
		b.anchors[n] = a
		nodes0, bytes0, deepest0 = b.nodes-1, b.scalarBytes, b.deepest
		b.deepest = b.depth
	}
	p, err := b.node(n, start, flow, parentIndent)
	if a != nil && err == nil {
		a.p, a.nodes, a.bytes, a.height = p, b.nodes-nodes0, b.scalarBytes-bytes0, b.deepest-b.depth+1
		b.deepest = max(deepest0, b.deepest)
	}
	b.depth--
	return p, err
}

// alias expands the alias n at start to a copy of its anchored node,
// counted against the alias budgets.
func (b *builder) alias(n *yaml.Node, start int, flow bool, parentIndent int) (*Node, error) {
	if n.Alias == nil {
		return nil, b.errorf(start, "unknown alias")
	}
	a, ok := b.anchors[n.Alias]
	if !ok {
		// An anchor that build has not met: one on a mapping key.
		if _, err := b.build(n.Alias, flow, parentIndent); err != nil {
			return nil, err
		}
		a = b.anchors[n.Alias]
	}
	if a == nil || a.p == nil {
		return nil, b.errorf(start, "recursive alias %q", n.Value)
	}
	b.nodes += a.nodes
	b.scalarBytes += a.bytes
	b.aliasNodes += a.nodes
	b.aliasBytes += a.bytes
	switch {
	case b.aliasNodes > MaxAliasNodes:
		return nil, b.limitf(start, "aliases expand to more than %d nodes; the %s is not checked", MaxAliasNodes, b.noun)
	case b.aliasBytes > MaxAliasBytes:
		return nil, b.limitf(start, "aliases expand to more than %s of text; the %s is not checked", sizeText(MaxAliasBytes), b.noun)
	case b.depth+a.height > MaxDepth:
		return nil, b.limitf(start, "mappings and sequences nest deeper than %d levels; the %s is not checked", MaxDepth, b.noun)
	}
	b.deepest = max(b.deepest, b.depth+a.height)
	// The content is the anchored node's; the alias itself is where the
	// value is used, so that is its span.
	cp := *a.p
	cp.Span = Span{start, b.t.aliasEnd(start)}
	return &cp, nil
}

// node builds the node n (not an alias) starting at start.
func (b *builder) node(n *yaml.Node, start int, flow bool, parentIndent int) (*Node, error) {
	hasProps := n.Anchor != "" || n.Style&yaml.TaggedStyle != 0
	var p *Node
	switch n.Kind {
	case yaml.ScalarNode:
		text, end := b.t.scalarEnd(start, n.Value, hasProps, flow, parentIndent)
		b.scalarBytes += len(n.Value)
		p = &Node{Kind: ScalarNode, Value: scalarValue(n), Span: Span{start, end}, Text: text, Style: n.Style}
	case yaml.SequenceNode:
		p = &Node{Kind: SequenceNode, Span: Span{start, start}}
		inFlow := flow || n.Style&yaml.FlowStyle != 0
		itemIndent := parentIndent
		for _, c := range n.Content {
			if !inFlow {
				itemIndent = b.dashIndent(c)
			}
			k, err := b.build(c, inFlow, itemIndent)
			if err != nil {
				return nil, err
			}
			p.Kids = append(p.Kids, k)
		}
		p.Span.End = b.collectionEnd(p, start, inFlow)
	case yaml.MappingNode:
		var err error
		p, err = b.mapping(n, start, flow || n.Style&yaml.FlowStyle != 0)
		if err != nil {
			return nil, err
		}
		for _, k := range p.Keys {
			b.scalarBytes += len(k)
		}
	default:
		return nil, b.errorf(start, "unexpected yaml node")
	}
	if b.opts.Tag != nil && strings.HasPrefix(n.Tag, "!") && !strings.HasPrefix(n.Tag, "!!") {
		p = b.opts.Tag(n.Tag, p, start)
	}
	return p, nil
}

// dashIndent returns the indentation of the "-" introducing a block
// sequence item, which bounds block scalars in the item.
func (b *builder) dashIndent(item *yaml.Node) int {
	off := b.t.Offset(item.Line, item.Column)
	for i := off - 1; i >= 0 && !isBreak(b.t.src[i]); i-- {
		if b.t.src[i] == '-' {
			return b.t.column0(i)
		}
		if !isBlank(b.t.src[i]) {
			break
		}
	}
	return b.t.column0(off) - 2
}

// collectionEnd ends a collection at the end of its last child, or at its
// closing bracket in flow style.
func (b *builder) collectionEnd(p *Node, start int, flow bool) int {
	last := -1
	if len(p.Kids) > 0 {
		last = p.Kids[len(p.Kids)-1].Span.End
		if p.Kind == MappingNode {
			last = p.EntrySpan(len(p.Kids) - 1).End
		}
	}
	if flow {
		return b.t.flowEnd(start, last)
	}
	if last < start {
		return b.t.skipProps(start, false)
	}
	return last
}

func (b *builder) mapping(n *yaml.Node, start int, flow bool) (*Node, error) {
	p := &Node{Kind: MappingNode, Span: Span{start, start}}
	seen := map[string]int{}
	var merges []*yaml.Node
	indent := -1
	for i := 0; i+1 < len(n.Content); i += 2 {
		kn, vn := n.Content[i], n.Content[i+1]
		if kn.Kind == yaml.ScalarNode && kn.Tag == "!!merge" {
			merges = append(merges, vn)
			continue
		}
		koff := b.t.Offset(kn.Line, kn.Column)
		if kn.Kind != yaml.ScalarNode {
			return nil, b.errorf(koff, "mapping key must be a string")
		}
		if indent < 0 && !flow {
			indent = b.t.column0(koff)
		}
		_, kend := b.t.scalarEnd(koff, kn.Value, kn.Anchor != "" || kn.Style&yaml.TaggedStyle != 0, flow, indent)
		v, err := b.build(vn, flow, indent)
		if err != nil {
			return nil, err
		}
		if j, dup := seen[kn.Value]; dup {
			// A duplicate key reads as its last value.
			b.duplicate(kn.Value, Span{koff, kend}, p.KeySpans[j].Start)
			p.Keys = slices.Delete(p.Keys, j, j+1)
			p.KeySpans = slices.Delete(p.KeySpans, j, j+1)
			p.Kids = slices.Delete(p.Kids, j, j+1)
			for k, idx := range seen {
				if idx > j {
					seen[k] = idx - 1
				}
			}
		}
		seen[kn.Value] = len(p.Keys)
		p.Keys = append(p.Keys, kn.Value)
		p.KeySpans = append(p.KeySpans, Span{koff, kend})
		p.Kids = append(p.Kids, v)
	}
	// Merge keys (<<) add the entries of other mappings that the mapping
	// does not set itself.
	for _, m := range merges {
		sources := []*yaml.Node{m}
		if m.Kind == yaml.SequenceNode {
			sources = m.Content
		}
		for _, s := range sources {
			mp, err := b.build(s, flow, indent)
			if err != nil {
				return nil, err
			}
			if mp.Kind != MappingNode {
				return nil, b.errorf(mp.Span.Start, "merge key value must be a mapping")
			}
			for i, k := range mp.Keys {
				if _, ok := seen[k]; ok {
					continue
				}
				seen[k] = len(p.Keys)
				p.Keys = append(p.Keys, k)
				p.KeySpans = append(p.KeySpans, mp.KeySpans[i])
				p.Kids = append(p.Kids, mp.Kids[i])
			}
		}
	}
	p.Span.End = b.collectionEnd(p, start, flow)
	if len(merges) > 0 && !flow {
		// Merged entries live elsewhere in the file; the mapping ends at
		// its own last entry.
		end := start
		for i := range p.Keys {
			if e := p.EntrySpan(i).End; e > end && p.KeySpans[i].Start >= start {
				end = e
			}
		}
		p.Span.End = end
	}
	return p, nil
}

// duplicate records a note for a duplicate key at sp whose earlier
// occurrence starts at first.
func (b *builder) duplicate(key string, sp Span, first int) {
	if b.noted[sp.Start] {
		return
	}
	if b.noted == nil {
		b.noted = map[int]bool{}
	}
	b.noted[sp.Start] = true
	b.notes = append(b.notes, model.Note{
		Range:   b.t.Range(b.path, sp),
		Message: fmt.Sprintf("duplicate key %q (first defined at line %d); the last value is used%s", key, b.t.Pos(first).Line, b.opts.Duplicate),
	})
}

// sizeText formats a byte count for messages.
func sizeText(n int) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// scalarValue types a scalar as CloudFormation and GitHub read it: plain
// scalars that YAML resolves to numbers, booleans or null become those; everything else,
// quoted or tagged, is a string.
func scalarValue(n *yaml.Node) any {
	if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		return n.Value
	}
	switch n.ShortTag() {
	case "!!null":
		if n.Style&yaml.TaggedStyle != 0 && n.Tag != "!!null" {
			return n.Value
		}
		return nil
	case "!!bool":
		switch strings.ToLower(n.Value) {
		case "true", "yes", "on", "y":
			return true
		case "false", "no", "off", "n":
			return false
		}
	case "!!int":
		s := strings.ReplaceAll(n.Value, "_", "")
		if i, err := strconv.ParseInt(s, 0, 64); err == nil {
			return int(i)
		}
		if u, err := strconv.ParseUint(s, 0, 64); err == nil {
			return float64(u)
		}
		if strings.HasPrefix(s, "-0b") || strings.HasPrefix(s, "+0b") {
			if i, err := strconv.ParseInt(s[:1]+s[3:], 2, 64); err == nil {
				return int(i)
			}
		}
	case "!!float":
		f, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64)
		if err == nil && !math.IsInf(f, 0) && !math.IsNaN(f) {
			return f
		}
	}
	return n.Value
}
