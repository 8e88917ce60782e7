package cloud

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite docs/normalised-view.md")

// TestReference keeps docs/normalised-view.md in step with the declaration.
func TestReference(t *testing.T) {
	var b bytes.Buffer
	if err := Reference(&b); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join("..", "..", "docs", "normalised-view.md")
	if *update {
		if err := os.WriteFile(file, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	old, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(old), b.String()); diff != "" {
		t.Errorf("docs/normalised-view.md is stale; run go test ./parsers/cloud -run TestReference -update (-file +generated):\n%s", diff)
	}
}
