package buildspec

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shipgate/shipgate/internal/shared"
	"github.com/shipgate/shipgate/scanner/model"
)

// corpusBuildspecs lists the corpus files INDEX.tsv says are buildspecs.
func corpusBuildspecs(tb testing.TB) (root string, paths []string) {
	root = shared.Path(tb, "corpus")
	f, err := os.Open(filepath.Join(root, "INDEX.tsv"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) >= 2 && cols[1] == "buildspec" {
			paths = append(paths, cols[0])
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return root, paths
}

// knownNotes are the corpus buildspecs with a command that is not valid
// shell, and the note each must produce.
var knownNotes = map[string]string{
	// An if without its fi inside a for loop.
	"aws-samples__aws-devops-pipeline-accelerator/aws-codepipeline/cloudformation/shared/cfn-nag-buildspec.yaml": "`done` can only be used to end a loop",
}

// TestCorpus parses every buildspec of the corpus: each must be claimed by
// the reader, parse, and carry no note but the known ones. It reports the
// outcome of every file.
func TestCorpus(t *testing.T) {
	root, paths := corpusBuildspecs(t)
	if len(paths) == 0 {
		t.Fatal("INDEX.tsv lists no buildspec")
	}
	r := &Reader{}
	var commands, simple int
	for _, p := range paths {
		src, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(p)))
		if err != nil {
			t.Fatal(err)
		}
		if !r.Match(filepath.Base(p)) || r.Detect(p, src) != model.Claimed {
			t.Errorf("%s: not claimed", p)
			continue
		}
		doc, err := Parse(p, src)
		var pe *model.ParseError
		switch {
		case errors.As(err, &pe):
			t.Errorf("%s: parse error: %v", p, err)
			continue
		case err != nil:
			t.Errorf("%s: %v", p, err)
			continue
		}
		checkRanges(t, p, src, doc)
		want := knownNotes[p]
		switch {
		case want == "" && len(doc.Notes) > 0:
			t.Errorf("%s: unexpected notes %v", p, doc.Notes)
		case want != "" && (len(doc.Notes) != 1 || !strings.Contains(doc.Notes[0].Message, want)):
			t.Errorf("%s: want one note with %q, have %v", p, want, doc.Notes)
		}
		n, s := 0, 0
		for _, ph := range doc.View["phases"].([]any) {
			for _, sec := range []string{"commands", "finally"} {
				for _, c := range ph.(map[string]any)[sec].([]any) {
					n++
					s += len(c.(map[string]any)["cmds"].([]any))
				}
			}
		}
		commands, simple = commands+n, simple+s
		t.Logf("ok %s: %d commands, %d simple commands, %d notes", p, n, s, len(doc.Notes))
	}
	t.Logf("%d buildspecs, %d commands, %d simple commands", len(paths), commands, simple)
}
