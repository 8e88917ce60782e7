package dockerfile

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/shipgate/shipgate/internal/shared"
	"github.com/shipgate/shipgate/scanner/model"
)

// corpusFile is one Dockerfile of ../shared/corpus with its INDEX.tsv
// format (dockerfile or dockerfile-template).
type corpusFile struct {
	path, format string
	src          []byte
}

// corpusDockerfiles reads every file INDEX.tsv lists as a Dockerfile or a
// Dockerfile template; the test skips when ../shared is absent.
func corpusDockerfiles(tb testing.TB) []corpusFile {
	tb.Helper()
	formats := map[string]string{}
	root, paths := shared.CorpusIndex(tb, "dockerfile")
	for _, p := range paths {
		formats[p] = "dockerfile"
	}
	_, templates := shared.CorpusIndex(tb, "dockerfile-template")
	for _, p := range templates {
		formats[p] = "dockerfile-template"
	}
	var files []corpusFile
	for _, p := range append(paths, templates...) {
		src, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(p)))
		if err != nil {
			tb.Fatal(err)
		}
		files = append(files, corpusFile{p, formats[p], src})
	}
	return files
}

// corpusExpected lists the corpus files that are not valid Dockerfiles,
// with what the reader must say about them. Every other file must parse
// with no error.
var corpusExpected = map[string]string{}

// TestCorpus parses every Dockerfile and template of the corpus: each is
// claimed by Match and Detect, parses without panic, has every range
// inside the file, and either parses cleanly or fails as corpusExpected
// says. It logs the outcome of every file.
func TestCorpus(t *testing.T) {
	files := corpusDockerfiles(t)
	outcome := map[string]int{}
	var r Reader
	for _, f := range files {
		var got string
		switch {
		case !r.Match(filepath.Base(f.path)):
			t.Errorf("%s: name not matched", f.path)
			got = "not matched"
		case r.Detect(f.path, f.src) != model.Claimed:
			t.Errorf("%s: not claimed by content", f.path)
			got = "not claimed"
		default:
			got = parseOutcome(t, f)
		}
		if want, ok := corpusExpected[f.path]; ok {
			if !strings.Contains(got, want) {
				t.Errorf("%s: got %q, want %q", f.path, got, want)
			}
		} else if got != "ok" && !(f.format == "dockerfile-template" && strings.HasPrefix(got, "template note")) {
			t.Errorf("%s: unexpected outcome %q", f.path, got)
		}
		outcome[f.format+": "+strings.SplitN(got, ":", 2)[0]]++
		t.Logf("%s\t%s\t%s", f.format, f.path, got)
	}
	var keys []string
	for k := range outcome {
		keys = append(keys, fmt.Sprintf("%s %d", k, outcome[k]))
	}
	sort.Strings(keys)
	t.Logf("%d files: %s", len(files), strings.Join(keys, ", "))
}

// parseOutcome parses one file: "ok", "error: <message>" or "partial:
// <file errors>"; it also checks the document's ranges.
func parseOutcome(t *testing.T, f corpusFile) (got string) {
	defer func() {
		if v := recover(); v != nil {
			t.Errorf("%s: panic: %v", f.path, v)
			got = "panic"
		}
	}()
	doc, err := Parse(f.path, f.src)
	if err != nil {
		return "error: " + err.Error()
	}
	checkDoc(t, f.path, f.src, doc)
	if len(doc.Notes) > 0 {
		return "template note: " + doc.Notes[0].Message
	}
	if len(doc.Errors) > 0 {
		var msgs []string
		for _, e := range doc.Errors {
			msgs = append(msgs, e.Range.String()+": "+e.Message)
		}
		return "partial: " + strings.Join(msgs, "; ")
	}
	return "ok"
}

func BenchmarkParseCorpus(b *testing.B) {
	files := corpusDockerfiles(b)
	var size int64
	for _, f := range files {
		size += int64(len(f.src))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, f := range files {
			_, _ = Parse(f.path, f.src)
		}
	}
	b.ReportMetric(float64(len(files)*b.N)/b.Elapsed().Seconds(), "files/s")
}
