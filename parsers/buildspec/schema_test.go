package buildspec

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/shipgate/shipgate/internal/shared"
)

// TestSchema validates the sample, every fuzz seed that parses and every
// corpus buildspec against the schema, and checks that it is closed.
func TestSchema(t *testing.T) {
	s := shared.CompileSchema(t, "buildspec", Schema())
	doc, err := Parse("buildspec.yml", []byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	if err := shared.Validate(s, doc.View); err != nil {
		t.Fatalf("sample: %v", err)
	}
	doc.View["env"].(map[string]any)["varaibles"] = []any{}
	if shared.Validate(s, doc.View) == nil {
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
		if err := shared.Validate(s, doc.View); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
}
