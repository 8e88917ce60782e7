package dockerfile

import (
	"testing"

	"github.com/shipgate/shipgate/internal/shared"
)

// TestSchemaCorpus validates the view of every corpus Dockerfile and
// template against the schema.
func TestSchemaCorpus(t *testing.T) {
	s := shared.CompileSchema(t, "dockerfile", Schema())
	for _, f := range corpusDockerfiles(t) {
		doc, err := Parse(f.path, f.src)
		if err != nil {
			continue // reported by TestCorpus
		}
		if err := shared.Validate(s, doc.View); err != nil {
			t.Errorf("%s: %v", f.path, err)
		}
	}
}

// TestSchemaRejectsUnknownFields makes sure the schema is closed.
func TestSchemaRejectsUnknownFields(t *testing.T) {
	s := shared.CompileSchema(t, "dockerfile", Schema())
	doc, err := Parse("Dockerfile", []byte("FROM alpine:3\nUSER app\nRUN echo hi\n"))
	if err != nil {
		t.Fatal(err)
	}
	if err := shared.Validate(s, doc.View); err != nil {
		t.Fatalf("a real view does not validate: %v", err)
	}
	st := doc.View["stages"].([]any)[0].(map[string]any)
	st["usr"] = st["user"]
	if err := shared.Validate(s, doc.View); err == nil {
		t.Error("a view with a misspelt field validates")
	}
}
