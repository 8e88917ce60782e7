package scanner

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadIgnores(t *testing.T) {
	src := strings.Join([]string{
		"a: 1 # shipgate:ignore AWS-S3-001, AWS-S3-002 exp:2030-01-02 kept for the demo", // 1: end of line
		"# shipgate:ignore DOCKER-001 base image sets USER",                              // 2: above, through comments
		"# another comment", // 3
		"",                  // 4
		"b: 2",              // 5
		"url: http://x#shipgate:ignore AWS-S3-001 not a comment", // 6: no blank before #
		"c: 3 // hadolint ignore=DL3008,DL3009",                  // 7: foreign
		"d: 4 # zizmor: ignore[template-injection]",              // 8
	}, "\n")
	igs, errs := readIgnores("f.yml", []byte(src), true)
	if len(errs) > 0 {
		t.Fatalf("errors: %+v", errs)
	}
	type got struct {
		Tool, Reason, Expires string
		IDs                   []string
		Line, At              int
	}
	var gs []got
	for _, ig := range igs {
		exp := ""
		if !ig.expires.IsZero() {
			exp = ig.expires.Format("2006-01-02")
		}
		gs = append(gs, got{ig.tool, ig.reason, exp, ig.ids, ig.line, ig.rng.Start.Line})
	}
	want := []got{
		{"shipgate", "kept for the demo", "2030-01-02", []string{"AWS-S3-001", "AWS-S3-002"}, 1, 1},
		{"shipgate", "base image sets USER", "", []string{"DOCKER-001"}, 5, 2},
		{"hadolint", "", "", []string{"DL3008", "DL3009"}, 7, 7},
		{"zizmor", "", "", []string{"template-injection"}, 8, 8},
	}
	if diff := cmp.Diff(want, gs); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// Without foreign ignores only shipgate.s are read.
	if igs, _ := readIgnores("f.yml", []byte(src), false); len(igs) != 2 {
		t.Errorf("without foreign ignores: %d suppressions, want 2", len(igs))
	}
}

func TestMalformedIgnores(t *testing.T) {
	for _, text := range []string{
		"# shipgate:ignore",
		"# shipgate:ignore * ",
		"# shipgate:ignore AWS-S3-001 exp:tomorrow why",
		"# shipgate:ignore: AWS-S3-001 why",
	} {
		if _, errs := readIgnores("f.yml", []byte(text+"\nx: 1\n"), false); len(errs) != 1 {
			t.Errorf("%q: want one error, got %+v", text, errs)
		}
	}
}
