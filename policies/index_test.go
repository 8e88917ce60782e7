package policies

import (
	"context"
	"flag"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/parsers"
	"github.com/shipgate/shipgate/scanner/engine"
)

var update = flag.Bool("update", false, "rewrite index.json")

// TestIndex keeps index.json, the policies' metadata a scan reads instead
// of parsing every file, equal to what the files say.
func TestIndex(t *testing.T) {
	want, err := engine.BuildIndex(context.Background(), os.DirFS("."), parsers.Schemas())
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(engine.IndexFile, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(engine.IndexFile)
	if err != nil {
		t.Fatalf("%v; run go test ./policies -run TestIndex -update", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s is stale; run go test ./policies -run TestIndex -update (-want +got):\n%s", engine.IndexFile, diff)
	}
}
