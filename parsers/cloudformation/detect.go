package cloudformation

import (
	"bytes"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/shipgate/shipgate/parsers/yamltree"
)

var (
	// registryType matches CloudFormation registry types and modules
	// (Organization::Service::Resource, ...::MODULE), which third-party
	// and private extensions use.
	registryType = regexp.MustCompile(`^[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+(::MODULE)?$`)
	versionKey   = []byte("AWSTemplateFormatVersion")
	resourcesKey = []byte("Resources")
)

// Detect reports whether src looks like a CloudFormation template by
// content: a top-level AWSTemplateFormatVersion, or a top-level Resources
// map with at least one entry whose Type starts with "AWS::", "Custom::" or
// "Alexa::", or is a registry type or module (Org::Service::Resource). Byte checks rule out most files before anything is parsed. A
// file that names AWSTemplateFormatVersion at the start of a line but is not
// valid YAML is still a template, so its parse error gets reported.
func Detect(src []byte) bool {
	hasVersion := bytes.Contains(src, versionKey)
	if !hasVersion {
		if !bytes.Contains(src, resourcesKey) {
			return false
		}
		if !bytes.Contains(src, []byte("::")) {
			return false
		}
	}
	if yamltree.EstimateNodes(src) > 2*MaxNodes {
		// Too large to decode; Parse reports it as a LimitError.
		return MaybeTemplate(src)
	}
	doc, err := yamltree.Decode(src)
	if err != nil || doc == nil || len(doc.Content) == 0 {
		return hasVersion && versionAtLineStart(src)
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return false
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		switch root.Content[i].Value {
		case "AWSTemplateFormatVersion":
			return true
		case "Resources":
			if resourcesLookRight(root.Content[i+1]) {
				return true
			}
		}
	}
	return false
}

// resourcesLookRight reports whether a Resources node holds a resource
// with a CloudFormation type.
func resourcesLookRight(n *yaml.Node) bool {
	if n.Kind != yaml.MappingNode {
		return false
	}
	for i := 1; i < len(n.Content); i += 2 {
		r := n.Content[i]
		if r.Kind != yaml.MappingNode {
			continue
		}
		for j := 0; j+1 < len(r.Content); j += 2 {
			if r.Content[j].Value != "Type" || r.Content[j+1].Kind != yaml.ScalarNode {
				continue
			}
			t := r.Content[j+1].Value
			if strings.HasPrefix(t, "AWS::") || strings.HasPrefix(t, "Custom::") || strings.HasPrefix(t, "Alexa::") || registryType.MatchString(t) {
				return true
			}
		}
	}
	return false
}

// versionAtLineStart reports whether AWSTemplateFormatVersion appears as a
// key: at the start of a line, or quoted as a JSON key.
func versionAtLineStart(src []byte) bool {
	for line := range bytes.SplitSeq(src, []byte("\n")) {
		t := bytes.TrimLeft(line, " \t\ufeff{")
		if bytes.HasPrefix(line, versionKey) || bytes.HasPrefix(t, []byte(`"AWSTemplateFormatVersion"`)) {
			return true
		}
	}
	return false
}

var (
	// resourcesKey matches a Resources key: at the start of a line in
	// YAML, quoted anywhere in JSON.
	resourcesKeyRE = regexp.MustCompile(`(?m)^["']?Resources["']?[ \t]*:|"Resources"\s*:`)
	// resourceTypeRE matches a resource Type with a CloudFormation prefix
	// as a key, not in a comment or a sentence.
	resourceTypeRE = regexp.MustCompile(`(?m)^[ \t]*(?:-[ \t]+)?["']?Type["']?[ \t]*:[ \t]*["']?(?:AWS|Custom|Alexa)::|"Type"\s*:\s*"(?:AWS|Custom|Alexa)::`)
	// templateExprRE matches the start of a Go template or Jinja
	// expression where a YAML value or line starts ("name: {{ .Values.x
	// }}", "{{- range }}"), and any Jinja statement.
	templateExprRE = regexp.MustCompile(`(?m)(?:^|[:-][ \t])[ \t]*\{\{|\{%`)
)

// MaybeTemplate reports whether src, which Detect does not accept because
// it is not valid YAML or too large to decode, still looks like a
// template, so that its parse error is reported rather than the file
// passed over: it has AWSTemplateFormatVersion as a key, or a Resources key
// and a resource Type key naming an AWS::, Custom:: or Alexa:: type. A word
// in a comment does not count, and neither does a Helm chart or a Jinja
// file (template expressions that are not CloudFormation's own
// "{{resolve:...}}" dynamic references): they fail to parse because they
// are not YAML yet, not because they are broken templates.
func MaybeTemplate(src []byte) bool {
	if hasTemplateExpr(src) {
		return false
	}
	if bytes.Contains(src, versionKey) && versionAtLineStart(src) {
		return true
	}
	return resourcesKeyRE.Match(src) && resourceTypeRE.Match(src)
}

// hasTemplateExpr reports whether src holds template engine syntax.
func hasTemplateExpr(src []byte) bool {
	for _, m := range templateExprRE.FindAllIndex(src, -1) {
		rest := bytes.TrimLeft(src[m[1]:], "- \t")
		if !bytes.HasPrefix(src[m[0]:m[1]], []byte("{%")) && bytes.HasPrefix(rest, []byte("resolve:")) {
			continue
		}
		return true
	}
	return false
}
