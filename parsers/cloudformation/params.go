package cloudformation

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"gopkg.in/yaml.v3"
)

// LoadParams reads a parameter file: AWS CLI JSON
// ([{"ParameterKey":"K","ParameterValue":"V"}, ...]), a CodePipeline
// template configuration ({"Parameters": {"K": "V"}}), or a plain JSON or
// YAML object {"K": "V"}. Values keep their text as written (1.0 stays
// "1.0"); lists become comma-delimited strings, as CloudFormation takes
// them.
func LoadParams(path string) (map[string]string, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read parameters: %w", err)
	}
	fail := func(format string, args ...any) (map[string]string, error) {
		return nil, fmt.Errorf("parse parameters %s: %s", path, fmt.Sprintf(format, args...))
	}
	var doc yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(src)).Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return map[string]string{}, nil
		}
		return fail("%s", strings.TrimPrefix(err.Error(), "yaml: "))
	}
	out := map[string]string{}
	if len(doc.Content) == 0 {
		return out, nil
	}
	root := deref(doc.Content[0])
	switch root.Kind {
	case yaml.SequenceNode:
		for i, item := range root.Content {
			item = deref(item)
			key := mapValue(item, "ParameterKey")
			if key == nil || key.Kind != yaml.ScalarNode {
				return fail("item %d has no ParameterKey", i)
			}
			if val := mapValue(item, "ParameterValue"); val != nil {
				s, err := paramText(val)
				if err != nil {
					return fail("%q: %v", key.Value, err)
				}
				out[key.Value] = s
			}
		}
	case yaml.MappingNode:
		if inner := mapValue(root, "Parameters"); inner != nil && inner.Kind == yaml.MappingNode {
			root = inner
		}
		for i := 0; i+1 < len(root.Content); i += 2 {
			s, err := paramText(root.Content[i+1])
			if err != nil {
				return fail("%q: %v", root.Content[i].Value, err)
			}
			out[root.Content[i].Value] = s
		}
	case yaml.ScalarNode:
		if root.ShortTag() != "!!null" {
			return fail("want a list of ParameterKey/ParameterValue objects or a mapping of names to values")
		}
	}
	return out, nil
}

func deref(n *yaml.Node) *yaml.Node {
	for i := 0; n.Kind == yaml.AliasNode && n.Alias != nil && i < 10; i++ {
		n = n.Alias
	}
	return n
}

// mapValue returns the value of key in mapping n, or nil.
func mapValue(n *yaml.Node, key string) *yaml.Node {
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return deref(n.Content[i+1])
		}
	}
	return nil
}

func paramText(n *yaml.Node) (string, error) {
	n = deref(n)
	switch n.Kind {
	case yaml.ScalarNode:
		if n.ShortTag() == "!!null" && n.Style == 0 {
			return "", nil
		}
		return n.Value, nil
	case yaml.SequenceNode:
		parts := make([]string, len(n.Content))
		for i, c := range n.Content {
			c = deref(c)
			if c.Kind != yaml.ScalarNode {
				return "", fmt.Errorf("list item is not a value")
			}
			parts[i] = c.Value
		}
		return strings.Join(parts, ","), nil
	}
	return "", fmt.Errorf("value is a mapping; want a string")
}
