package cloudformation

import (
	"strings"

	"github.com/shipgate/shipgate/parsers/yamltree"
)

// The template tree is yamltree's, with CloudFormation's short-form tags
// rewritten to their long forms while it is built.
type (
	pnode = yamltree.Node
	span  = yamltree.Span
)

const (
	scalarNode   = yamltree.ScalarNode
	mappingNode  = yamltree.MappingNode
	sequenceNode = yamltree.SequenceNode
)

// yamlOptions builds templates: short-form tags become long forms, and a
// duplicate key reads as its last value, as CloudFormation reads it.
var yamlOptions = yamltree.Options{Noun: "template", Tag: longForm, Duplicate: ", as CloudFormation does"}

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

// longForm wraps p, tagged with a short-form tag, in the long-form mapping
// {key: p}. The entry runs from the tag to the end of the value. Other
// tags leave p as it is.
func longForm(tag string, p *pnode, start int) *pnode {
	key, ok := shortTags[tag]
	if !ok {
		return p
	}
	if key == "Fn::GetAtt" && p.Kind == scalarNode {
		// !GetAtt Res.Attr.Sub splits at the first dot.
		s := scalarString(p.Value)
		parts := []*pnode{{Kind: scalarNode, Value: s, Span: p.Span}}
		if i := strings.IndexByte(s, '.'); i >= 0 {
			parts = []*pnode{
				{Kind: scalarNode, Value: s[:i], Span: p.Span},
				{Kind: scalarNode, Value: s[i+1:], Span: p.Span},
			}
		}
		p = &pnode{Kind: sequenceNode, Kids: parts, Span: p.Span}
	}
	if p.Kind == scalarNode && p.Value == nil {
		p = &pnode{Kind: scalarNode, Value: "", Span: p.Span}
	}
	return &pnode{
		Kind:     mappingNode,
		Keys:     []string{key},
		KeySpans: []span{{Start: start, End: start}},
		Kids:     []*pnode{p},
		Span:     span{Start: start, End: p.Span.End},
	}
}
