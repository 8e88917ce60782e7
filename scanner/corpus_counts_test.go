package scanner

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/scanner/model"
)

var update = flag.Bool("update", false, "rewrite testdata/corpus-counts.txt")

// corpusCountsFile is the checked-in summary of what the built-in policies
// report on ../shared/corpus.
const corpusCountsFile = "testdata/corpus-counts.txt"

// checkCorpusCounts compares a corpus scan with corpusCountsFile, so that a
// change in any rule's count, in the files scanned or in the files with
// errors shows up in review as a diff of that file. -update rewrites it.
func checkCorpusCounts(t *testing.T, root string, rules []model.Rule, res *model.Result) {
	t.Helper()
	got := corpusCounts(root, rules, res)
	if *update {
		if err := os.WriteFile(corpusCountsFile, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(corpusCountsFile)
	if err != nil {
		t.Fatalf("%v (run go test ./scanner -run TestCorpus -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("corpus counts changed; if the change is intended, run go test ./scanner -run TestCorpus -update and explain it in the commit (-%s +now):\n%s", corpusCountsFile, diff)
	}
}

// corpusCounts renders the summary: totals, findings per loaded rule (zero
// included, so a rule that stops firing shows), and every file with an
// error, with paths relative to root.
func corpusCounts(root string, rules []model.Rule, res *model.Result) string {
	rel := func(p string) string {
		if r, err := filepath.Rel(root, filepath.FromSlash(p)); err == nil {
			return filepath.ToSlash(r)
		}
		return p
	}
	scanned := map[string]bool{}
	for _, f := range res.Scanned {
		scanned[f.Path] = true
	}
	type fileErrs struct {
		path string
		msgs []string
	}
	var notScanned, partly []fileErrs
	byPath := map[string]*fileErrs{}
	var partlyErrors int
	for _, e := range res.Errors {
		fe, ok := byPath[e.Path]
		if !ok {
			fe = &fileErrs{path: rel(e.Path)}
			byPath[e.Path] = fe
		}
		pos := ""
		if e.Range != nil {
			pos = fmt.Sprintf("%d:%d: ", e.Range.Start.Line, e.Range.Start.Col)
		}
		fe.msgs = append(fe.msgs, fmt.Sprintf("%s%s: %s", pos, e.Kind, e.Message))
		if scanned[e.Path] {
			partlyErrors++
		}
	}
	for path, fe := range byPath {
		if scanned[path] {
			partly = append(partly, *fe)
		} else {
			notScanned = append(notScanned, *fe)
		}
	}
	byRule := map[string]int{}
	var warnings int
	for _, f := range res.Findings {
		byRule[f.RuleID]++
		if f.Warning {
			warnings++
		}
	}
	ids := make([]string, 0, len(rules))
	for _, r := range rules {
		ids = append(ids, r.ID)
	}
	for id := range byRule {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)

	var b strings.Builder
	b.WriteString("# What the built-in policies report on ../shared/corpus (TestCorpus).\n")
	b.WriteString("# Rewrite with: go test ./scanner -run TestCorpus -update; explain every changed line in the commit.\n")
	fmt.Fprintf(&b, "files scanned: %d\n", len(res.Scanned))
	fmt.Fprintf(&b, "files not scanned: %d\n", len(notScanned))
	fmt.Fprintf(&b, "files partly scanned: %d (%d parts not checked)\n", len(partly), partlyErrors)
	fmt.Fprintf(&b, "notes: %d\n", len(res.Notes))
	fmt.Fprintf(&b, "findings: %d (%d warnings)\n", len(res.Findings), warnings)
	b.WriteString("\n# findings per rule\n")
	for _, id := range ids {
		fmt.Fprintf(&b, "%s: %d\n", id, byRule[id])
	}
	for _, group := range []struct {
		title string
		files []fileErrs
	}{{"files not scanned", notScanned}, {"files partly scanned", partly}} {
		slices.SortFunc(group.files, func(a, b fileErrs) int { return strings.Compare(a.path, b.path) })
		fmt.Fprintf(&b, "\n# %s\n", group.title)
		for _, fe := range group.files {
			for _, m := range fe.msgs {
				fmt.Fprintf(&b, "%s:%s\n", fe.path, m)
			}
		}
	}
	return b.String()
}
