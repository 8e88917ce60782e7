package buildspec

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

func compileSchema(tb testing.TB) *jsonschema.Schema {
	tb.Helper()
	b, err := json.Marshal(Schema())
	if err != nil {
		tb.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		tb.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("buildspec.json", doc); err != nil {
		tb.Fatal(err)
	}
	s, err := c.Compile("buildspec.json")
	if err != nil {
		tb.Fatalf("compile the view schema: %v", err)
	}
	return s
}

func validate(s *jsonschema.Schema, view map[string]any) error {
	b, err := json.Marshal(view)
	if err != nil {
		return err
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		return err
	}
	return s.Validate(v)
}

// TestSchema validates the sample, every fuzz seed that parses and every
// corpus buildspec against the schema, and checks that it is closed.
func TestSchema(t *testing.T) {
	s := compileSchema(t)
	doc, err := Parse("buildspec.yml", []byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	if err := validate(s, doc.View); err != nil {
		t.Fatalf("sample: %v", err)
	}
	doc.View["env"].(map[string]any)["varaibles"] = []any{}
	if validate(s, doc.View) == nil {
		t.Error("a view with a misspelt field validates")
	}
	root, paths := corpusBuildspecs(t)
	for _, p := range paths {
		src, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(p)))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Parse(p, src)
		if err != nil {
			continue // TestCorpus reports it
		}
		if err := validate(s, doc.View); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
}
