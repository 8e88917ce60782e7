package report

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/scanner/model"
)

func TestSnippet(t *testing.T) {
	src := strings.Join([]string{
		"Resources:",                // 1
		"\tBucket:",                 // 2
		"\t\tType: AWS::S3::Bucket", // 3
		"  Name: \"caf\u00e9\" # x", // 4
		"last",                      // 5
	}, "\n") + "\n"
	crlf := "a: 1\r\nb: 2\r\n"
	ctrl := "a: 1\nb: \x1b[31mred\n"

	pos := func(line, col int) model.Pos { return model.Pos{Line: line, Col: col} }
	tests := []struct {
		name  string
		src   string
		r     model.Range
		want  []string
		nosrc bool
	}{
		{
			name: "single line range",
			src:  src,
			r:    model.Range{Start: pos(3, 3), End: pos(3, 7)},
			want: []string{
				"    2 | \tBucket:",
				"    3 | \t\tType: AWS::S3::Bucket",
				"      | \t\t^~~~",
			},
		},
		{
			name: "first line has no line before",
			src:  src,
			r:    model.Range{Start: pos(1, 1), End: pos(1, 10)},
			want: []string{
				"    1 | Resources:",
				"      | ^~~~~~~~~",
			},
		},
		{
			name: "multi-line range runs to the end of the start line",
			src:  src,
			r:    model.Range{Start: pos(2, 2), End: pos(4, 1)},
			want: []string{
				"    1 | Resources:",
				"    2 | \tBucket:",
				"      | \t^~~~~~~",
			},
		},
		{
			name: "range at the end of the line",
			src:  src,
			r:    model.Range{Start: pos(5, 5), End: pos(5, 5)},
			want: []string{
				"    4 |   Name: \"caf\u00e9\" # x",
				"    5 | last",
				"      |     ^",
			},
		},
		{
			name: "end past the end of the line is clamped",
			src:  src,
			r:    model.Range{Start: pos(5, 3), End: pos(5, 40)},
			want: []string{
				"    4 |   Name: \"caf\u00e9\" # x",
				"    5 | last",
				"      |   ^~",
			},
		},
		{
			name: "start past the end of the line is clamped",
			src:  src,
			r:    model.Range{Start: pos(5, 40)},
			want: []string{
				"    4 |   Name: \"caf\u00e9\" # x",
				"    5 | last",
				"      |     ^",
			},
		},
		{
			name: "unset end gives one caret",
			src:  src,
			r:    model.Range{Start: pos(3, 3)},
			want: []string{
				"    2 | \tBucket:",
				"    3 | \t\tType: AWS::S3::Bucket",
				"      | \t\t^",
			},
		},
		{
			name: "end before start gives one caret",
			src:  src,
			r:    model.Range{Start: pos(3, 5), End: pos(2, 1)},
			want: []string{
				"    2 | \tBucket:",
				"    3 | \t\tType: AWS::S3::Bucket",
				"      | \t\t  ^",
			},
		},
		{
			name: "multi-byte characters count once in indent and carets",
			src:  src,
			// "café" is bytes 10-14 (é is two bytes); the comment starts at 17.
			r: model.Range{Start: pos(4, 9), End: pos(4, 16)},
			want: []string{
				"    3 | \t\tType: AWS::S3::Bucket",
				"    4 |   Name: \"caf\u00e9\" # x",
				"      |         ^~~~~~",
			},
		},
		{
			name: "CRLF line endings are dropped",
			src:  crlf,
			r:    model.Range{Start: pos(2, 4), End: pos(3, 1)},
			want: []string{
				"    1 | a: 1",
				"    2 | b: 2",
				"      |    ^",
			},
		},
		{
			name: "control characters are not sent to the terminal",
			src:  ctrl,
			r:    model.Range{Start: pos(2, 4), End: pos(2, 13)},
			want: []string{
				"    1 | a: 1",
				"    2 | b: \\x1b[31mred",
				"      |    ^~~~~~~~~~~",
			},
		},
		{
			name: "wide line numbers widen the gutter",
			src:  strings.Repeat("x\n", 123456),
			r:    model.Range{Start: pos(100000, 1), End: pos(100000, 2)},
			want: []string{
				" 99999 | x",
				"100000 | x",
				"       | ^",
			},
		},
		{
			name:  "missing source",
			nosrc: true,
			r:     model.Range{Start: pos(3, 3), End: pos(3, 7)},
		},
		{
			name: "line beyond the file",
			src:  src,
			r:    model.Range{Start: pos(99, 1)},
		},
		{
			name: "no line",
			src:  src,
			r:    model.Range{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var f *sourceFile
			if !tc.nosrc {
				f = &sourceFile{lines: splitLines([]byte(tc.src))}
			}
			got := snippet(f, tc.r, func(s string) string { return s })
			want := ""
			if tc.want != nil {
				want = strings.Join(tc.want, "\n") + "\n"
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("snippet (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTextSummary(t *testing.T) {
	tests := []struct {
		name string
		res  *model.Result
		opts Options
		want string
	}{
		{
			name: "singular nouns",
			res: &model.Result{
				Scanned:  []model.ScannedFile{{Path: "a.yaml"}},
				Findings: []model.Finding{{RuleID: "R", Severity: model.SeverityLow, Range: model.Range{File: "a.yaml", Start: model.Pos{Line: 1, Col: 1}}}},
				Errors:   []model.FileError{{Path: "b.yaml", Kind: "skipped", Message: "not supported"}},
			},
			opts: Options{FailOn: model.SeverityLow},
			want: "1 file scanned, 1 finding (critical: 0, high: 0, medium: 0, low: 1, info: 0), 1 file not scanned\n" +
				"1 finding at or above low\n",
		},
		{
			name: "fail-on none leaves out the threshold line",
			res:  &model.Result{Scanned: []model.ScannedFile{{Path: "a.yaml"}, {Path: "b.yaml"}}},
			want: "2 files scanned, 0 findings (critical: 0, high: 0, medium: 0, low: 0, info: 0), 0 files not scanned\n",
		},
		{
			name: "warnings and findings below the threshold do not count towards it",
			res: &model.Result{
				Scanned: []model.ScannedFile{{Path: "a.yaml"}},
				Findings: []model.Finding{
					{RuleID: "R1", Severity: model.SeverityCritical, Warning: true},
					{RuleID: "R2", Severity: model.SeverityMedium},
					{RuleID: "R3", Severity: model.SeverityHigh, Suppression: &model.Suppression{Kind: "inline"}},
				},
			},
			opts: Options{FailOn: model.SeverityHigh},
			want: "1 file scanned, 1 finding (critical: 0, high: 0, medium: 1, low: 0, info: 0), 1 warning, 1 suppressed, 0 files not scanned\n" +
				"0 findings at or above high\n",
		},
		{
			name: "several errors for one file count it once",
			res: &model.Result{Errors: []model.FileError{
				{Path: "a.yaml", Kind: "parse", Message: "x"},
				{Path: "a.yaml", Kind: "parse", Message: "y"},
			}},
			want: "0 files scanned, 0 findings (critical: 0, high: 0, medium: 0, low: 0, info: 0), 1 file not scanned\n" +
				"scan incomplete: some files or policies failed; see the errors above\n",
		},
		{
			name: "a scanned file with unreadable parts is partly scanned, not unscanned",
			res: &model.Result{
				Scanned: []model.ScannedFile{{Path: "a.yaml"}, {Path: "b.yaml"}},
				Errors: []model.FileError{
					{Path: "a.yaml", Kind: "parse", Message: "resource \"X\" is not checked"},
					{Path: "a.yaml", Kind: "parse", Message: "resource \"Y\" is not checked"},
					{Path: "c.yaml", Kind: "parse", Message: "did not find expected key"},
				},
			},
			want: "2 files scanned, 0 findings (critical: 0, high: 0, medium: 0, low: 0, info: 0), 1 file not scanned, 1 file partly scanned\n" +
				"scan incomplete: some files or policies failed; see the errors above\n",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			if err := Text(&b, tc.res, tc.opts); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			// The summary is everything after the last blank line.
			if i := strings.LastIndex(out, "\n\n"); i >= 0 {
				out = out[i+2:]
			}
			if diff := cmp.Diff(tc.want, out); diff != "" {
				t.Errorf("summary (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTextSkipsSuppressed(t *testing.T) {
	res := &model.Result{Findings: []model.Finding{
		{RuleID: "HIDDEN-1", Severity: model.SeverityHigh, Message: "hidden", Suppression: &model.Suppression{Kind: "inline"}},
		{RuleID: "SHOWN-1", Severity: model.SeverityHigh, Message: "shown", Range: model.Range{File: "a.yaml", Start: model.Pos{Line: 2, Col: 3}}},
	}}
	var b strings.Builder
	if err := Text(&b, res, Options{}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "HIDDEN-1") {
		t.Errorf("suppressed finding printed:\n%s", b.String())
	}
	if !strings.HasPrefix(b.String(), "a.yaml:2:3: shown [SHOWN-1] (high)\n") {
		t.Errorf("finding line missing or misshapen:\n%s", b.String())
	}
	if strings.Contains(b.String(), "\x1b[") {
		t.Errorf("colour codes without Options.Color:\n%q", b.String())
	}
}
