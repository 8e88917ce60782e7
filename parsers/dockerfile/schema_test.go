package dockerfile

import (
	"bytes"
	"encoding/json"
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
	if err := c.AddResource("dockerfile.json", doc); err != nil {
		tb.Fatal(err)
	}
	s, err := c.Compile("dockerfile.json")
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

// TestSchemaCorpus validates the view of every corpus Dockerfile and
// template against the schema.
func TestSchemaCorpus(t *testing.T) {
	s := compileSchema(t)
	for _, f := range corpusDockerfiles(t) {
		doc, err := Parse(f.path, f.src)
		if err != nil {
			continue // reported by TestCorpus
		}
		if err := validate(s, doc.View); err != nil {
			t.Errorf("%s: %v", f.path, err)
		}
	}
}

// TestSchemaRejectsUnknownFields makes sure the schema is closed.
func TestSchemaRejectsUnknownFields(t *testing.T) {
	s := compileSchema(t)
	doc, err := Parse("Dockerfile", []byte("FROM alpine:3\nUSER app\nRUN echo hi\n"))
	if err != nil {
		t.Fatal(err)
	}
	if err := validate(s, doc.View); err != nil {
		t.Fatalf("a real view does not validate: %v", err)
	}
	st := doc.View["stages"].([]any)[0].(map[string]any)
	st["usr"] = st["user"]
	if err := validate(s, doc.View); err == nil {
		t.Error("a view with a misspelt field validates")
	}
}
