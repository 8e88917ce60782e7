package report

import (
	"encoding/xml"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/scanner/model"
)

// hostile is a result whose file names and messages carry what a pull
// request from a stranger could put in a file: line breaks, workflow
// command syntax, Markdown links and images, HTML and terminal escapes.
func hostile() *model.Result {
	r := model.Range{File: "a,b:c%.yml", Start: model.Pos{Line: 3, Col: 5}, End: model.Pos{Line: 3, Col: 9}}
	return &model.Result{
		Rules:   []model.Rule{{ID: "GHA-001", Title: "Injection", Severity: model.SeverityHigh, Kinds: []model.Kind{model.KindGitHubWorkflow}}},
		Scanned: []model.ScannedFile{{Path: r.File, Kind: model.KindGitHubWorkflow}},
		Findings: []model.Finding{{
			RuleID: "GHA-001", Severity: model.SeverityHigh, Range: r,
			Message: "step \"x\nn::error::forged\" uses ![img](https://evil.example/p.png) <script>\x1b[31m 100%",
		}},
	}
}

func TestGitHub(t *testing.T) {
	got := string(render(t, "github", hostile(), Options{FailOn: model.SeverityHigh}))
	want := "::error file=a%2Cb%3Ac%25.yml,line=3,col=5,endLine=3,endColumn=9,title=GHA-001%3A Injection::" +
		"step \"x\\x0an::error::forged\" uses ![img](https://evil.example/p.png) <script>\\x1b[31m 100%25 (high)\n"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if strings.Count(got, "\n") != 1 {
		t.Errorf("a finding must be one command line, got %q", got)
	}
	// Below the gate a finding is a warning; an advisory a notice.
	res := hostile()
	res.Findings[0].Severity = model.SeverityLow
	if got := string(render(t, "github", res, Options{FailOn: model.SeverityHigh})); !strings.HasPrefix(got, "::warning ") {
		t.Errorf("finding below the gate: %q", got)
	}
	res.Findings[0].Warning = true
	if got := string(render(t, "github", res, Options{FailOn: model.SeverityHigh})); !strings.HasPrefix(got, "::notice ") {
		t.Errorf("advisory: %q", got)
	}
}

func TestMarkdown(t *testing.T) {
	got := string(render(t, "markdown", hostile(), Options{FailOn: model.SeverityHigh}))
	for _, bad := range []string{"![img]", "<script>", "\x1b", "](https", "\nn::"} {
		if strings.Contains(got, bad) {
			t.Errorf("markdown holds %q unescaped:\n%s", bad, got)
		}
	}
	for _, want := range []string{"**fails**: 1 finding at or above high", `\!\[img\]\(https\:`, "&lt;script&gt;"} {
		if !strings.Contains(got, want) {
			t.Errorf("markdown lacks %q:\n%s", want, got)
		}
	}
	// Every finding row is one table row.
	if n := strings.Count(got, "\n| high |"); n != 1 {
		t.Errorf("%d finding rows, want 1:\n%s", n, got)
	}
}

func TestJUnit(t *testing.T) {
	res := fixture()
	var suites struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
		Errors   int `xml:"errors,attr"`
		Suites   []struct {
			Name  string `xml:"name,attr"`
			Cases []struct {
				Name    string    `xml:"name,attr"`
				Failure *struct{} `xml:"failure"`
				Error   *struct{} `xml:"error"`
				Skipped *struct{} `xml:"skipped"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	out := render(t, "junit", res, Options{})
	if err := xml.Unmarshal(out, &suites); err != nil {
		t.Fatalf("not XML: %v\n%s", err, out)
	}
	failing, errs := 0, 0
	for _, f := range res.Findings {
		if f.Suppression == nil && !f.Warning {
			failing++
		}
	}
	for _, e := range res.Errors {
		if e.Kind != model.ErrSkipped {
			errs++
		}
	}
	if suites.Failures == 0 || suites.Failures > failing {
		t.Errorf("%d failing cases for %d failing findings", suites.Failures, failing)
	}
	if suites.Errors != errs {
		t.Errorf("%d erroring cases, want %d (files not scanned)", suites.Errors, errs)
	}
	// Hostile text stays well-formed XML.
	if err := xml.Unmarshal(render(t, "junit", hostile(), Options{}), new(struct{})); err != nil {
		t.Errorf("hostile result: %v", err)
	}
}
