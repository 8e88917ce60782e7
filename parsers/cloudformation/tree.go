package cloudformation

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/shipgate/shipgate/scanner/model"
)

// pnode is a template node with byte spans: the yaml.v3 tree with short-form
// tags expanded, aliases and merge keys applied and scalars typed.
type pnode struct {
	kind nodeKind
	// val is a scalar's value.
	val any
	// keys, keySpans and kids hold a mapping's entries in order; kids also
	// holds a sequence's items.
	keys     []string
	keySpans []span
	kids     []*pnode
	// sp is the span of the value, from its properties to its end.
	sp span
}

type nodeKind uint8

const (
	scalarNode nodeKind = iota
	mappingNode
	sequenceNode
)

// entrySpan is the span of a mapping entry: from its key to the end of its
// value.
func (n *pnode) entrySpan(i int) span {
	s := span{n.keySpans[i].start, n.kids[i].sp.end}
	if s.end < n.keySpans[i].end {
		s.end = n.keySpans[i].end
	}
	return s
}

// get returns the value of key in a mapping node, or nil.
func (n *pnode) get(key string) *pnode {
	if n == nil || n.kind != mappingNode {
		return nil
	}
	for i, k := range n.keys {
		if k == key {
			return n.kids[i]
		}
	}
	return nil
}

// str returns a scalar node's string value.
func (n *pnode) str() (string, bool) {
	if n == nil || n.kind != scalarNode {
		return "", false
	}
	s, ok := n.val.(string)
	return s, ok
}

// shortTags maps CloudFormation short-form tags to their long-form keys.
var shortTags = map[string]string{
	"!Ref":          "Ref",
	"!Condition":    "Condition",
	"!Sub":          "Fn::Sub",
	"!GetAtt":       "Fn::GetAtt",
	"!If":           "Fn::If",
	"!Join":         "Fn::Join",
	"!Select":       "Fn::Select",
	"!Split":        "Fn::Split",
	"!FindInMap":    "Fn::FindInMap",
	"!ImportValue":  "Fn::ImportValue",
	"!Base64":       "Fn::Base64",
	"!Cidr":         "Fn::Cidr",
	"!GetAZs":       "Fn::GetAZs",
	"!Equals":       "Fn::Equals",
	"!And":          "Fn::And",
	"!Or":           "Fn::Or",
	"!Not":          "Fn::Not",
	"!Transform":    "Fn::Transform",
	"!Length":       "Fn::Length",
	"!ToJsonString": "Fn::ToJsonString",
	"!ForEach":      "Fn::ForEach",
}

// builder turns a yaml.v3 tree into pnodes.
type builder struct {
	t    *text
	path string
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
	p                    *pnode
	nodes, bytes, height int
}

func (b *builder) limitf(off int, format string, args ...any) *LimitError {
	return &LimitError{Path: b.path, Pos: b.t.pos(off), Msg: fmt.Sprintf(format, args...)}
}

func (b *builder) errorf(off int, format string, args ...any) *ParseError {
	return &ParseError{Path: b.path, Pos: b.t.pos(off), Msg: fmt.Sprintf(format, args...), Syntax: true}
}

// build converts n, a child of a collection indented by parentIndent (-1
// for the root), in flow or block context.
func (b *builder) build(n *yaml.Node, flow bool, parentIndent int) (*pnode, error) {
	start := b.t.offset(n.Line, n.Column)
	if n.Kind == yaml.AliasNode {
		return b.alias(n, start, flow, parentIndent)
	}
	if b.nodes++; b.nodes > MaxNodes {
		return nil, b.limitf(start, "the template holds more than %d values; the template is not checked", MaxNodes)
	}
	if b.depth >= MaxDepth {
		return nil, b.limitf(start, "mappings and sequences nest deeper than %d levels; the template is not checked", MaxDepth)
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
func (b *builder) alias(n *yaml.Node, start int, flow bool, parentIndent int) (*pnode, error) {
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
		return nil, b.limitf(start, "aliases expand to more than %d nodes; the template is not checked", MaxAliasNodes)
	case b.aliasBytes > MaxAliasBytes:
		return nil, b.limitf(start, "aliases expand to more than %s of text; the template is not checked", sizeText(MaxAliasBytes))
	case b.depth+a.height > MaxDepth:
		return nil, b.limitf(start, "mappings and sequences nest deeper than %d levels; the template is not checked", MaxDepth)
	}
	b.deepest = max(b.deepest, b.depth+a.height)
	// The content is the anchored node's; the alias itself is where the
	// value is used, so that is its span.
	cp := *a.p
	cp.sp = span{start, b.t.aliasEnd(start)}
	return &cp, nil
}

// node builds the node n (not an alias) starting at start.
func (b *builder) node(n *yaml.Node, start int, flow bool, parentIndent int) (*pnode, error) {
	hasProps := n.Anchor != "" || n.Style&yaml.TaggedStyle != 0
	var p *pnode
	switch n.Kind {
	case yaml.ScalarNode:
		vs, end := b.t.scalarEnd(start, n.Value, hasProps, flow, parentIndent)
		_ = vs
		b.scalarBytes += len(n.Value)
		p = &pnode{kind: scalarNode, val: scalarValue(n), sp: span{start, end}}
	case yaml.SequenceNode:
		p = &pnode{kind: sequenceNode, sp: span{start, start}}
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
			p.kids = append(p.kids, k)
		}
		p.sp.end = b.collectionEnd(p, start, inFlow)
	case yaml.MappingNode:
		var err error
		p, err = b.mapping(n, start, flow || n.Style&yaml.FlowStyle != 0)
		if err != nil {
			return nil, err
		}
		for _, k := range p.keys {
			b.scalarBytes += len(k)
		}
	default:
		return nil, b.errorf(start, "unexpected yaml node")
	}
	if long, ok := shortTags[n.Tag]; ok {
		p = b.longForm(long, p, start)
	}
	return p, nil
}

// dashIndent returns the indentation of the "-" introducing a block
// sequence item, which bounds block scalars in the item.
func (b *builder) dashIndent(item *yaml.Node) int {
	off := b.t.offset(item.Line, item.Column)
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
func (b *builder) collectionEnd(p *pnode, start int, flow bool) int {
	last := -1
	if len(p.kids) > 0 {
		last = p.kids[len(p.kids)-1].sp.end
		if p.kind == mappingNode {
			last = p.entrySpan(len(p.kids) - 1).end
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

func (b *builder) mapping(n *yaml.Node, start int, flow bool) (*pnode, error) {
	p := &pnode{kind: mappingNode, sp: span{start, start}}
	seen := map[string]int{}
	var merges []*yaml.Node
	indent := -1
	for i := 0; i+1 < len(n.Content); i += 2 {
		kn, vn := n.Content[i], n.Content[i+1]
		if kn.Kind == yaml.ScalarNode && kn.Tag == "!!merge" {
			merges = append(merges, vn)
			continue
		}
		koff := b.t.offset(kn.Line, kn.Column)
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
			// CloudFormation reads a duplicate key as its last value.
			b.duplicate(kn.Value, span{koff, kend}, p.keySpans[j].start)
			p.keys = slices.Delete(p.keys, j, j+1)
			p.keySpans = slices.Delete(p.keySpans, j, j+1)
			p.kids = slices.Delete(p.kids, j, j+1)
			for k, idx := range seen {
				if idx > j {
					seen[k] = idx - 1
				}
			}
		}
		seen[kn.Value] = len(p.keys)
		p.keys = append(p.keys, kn.Value)
		p.keySpans = append(p.keySpans, span{koff, kend})
		p.kids = append(p.kids, v)
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
			if mp.kind != mappingNode {
				return nil, b.errorf(mp.sp.start, "merge key value must be a mapping")
			}
			for i, k := range mp.keys {
				if _, ok := seen[k]; ok {
					continue
				}
				seen[k] = len(p.keys)
				p.keys = append(p.keys, k)
				p.keySpans = append(p.keySpans, mp.keySpans[i])
				p.kids = append(p.kids, mp.kids[i])
			}
		}
	}
	p.sp.end = b.collectionEnd(p, start, flow)
	if len(merges) > 0 && !flow {
		// Merged entries live elsewhere in the file; the mapping ends at
		// its own last entry.
		end := start
		for i := range p.keys {
			if e := p.entrySpan(i).end; e > end && p.keySpans[i].start >= start {
				end = e
			}
		}
		p.sp.end = end
	}
	return p, nil
}

// duplicate records a note for a duplicate key at sp whose earlier
// occurrence starts at first.
func (b *builder) duplicate(key string, sp span, first int) {
	if b.noted[sp.start] {
		return
	}
	if b.noted == nil {
		b.noted = map[int]bool{}
	}
	b.noted[sp.start] = true
	b.notes = append(b.notes, model.Note{
		Range:   b.t.rng(b.path, sp),
		Message: fmt.Sprintf("duplicate key %q (first defined at line %d); the last value is used, as CloudFormation does", key, b.t.pos(first).Line),
	})
}

// longForm wraps p, tagged with a short-form tag, in the long-form mapping
// {key: p}. The entry runs from the tag to the end of the value.
func (b *builder) longForm(key string, p *pnode, start int) *pnode {
	if key == "Fn::GetAtt" && p.kind == scalarNode {
		// !GetAtt Res.Attr.Sub splits at the first dot.
		s := scalarString(p.val)
		parts := []*pnode{{kind: scalarNode, val: s, sp: p.sp}}
		if i := strings.IndexByte(s, '.'); i >= 0 {
			parts = []*pnode{
				{kind: scalarNode, val: s[:i], sp: p.sp},
				{kind: scalarNode, val: s[i+1:], sp: p.sp},
			}
		}
		p = &pnode{kind: sequenceNode, kids: parts, sp: p.sp}
	}
	if p.kind == scalarNode && p.val == nil {
		p = &pnode{kind: scalarNode, val: "", sp: p.sp}
	}
	return &pnode{
		kind:     mappingNode,
		keys:     []string{key},
		keySpans: []span{{start, start}},
		kids:     []*pnode{p},
		sp:       span{start, p.sp.end},
	}
}

// scalarValue types a scalar as CloudFormation reads it: plain scalars that
// YAML resolves to numbers, booleans or null become those; everything else,
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
