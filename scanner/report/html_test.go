package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/shipgate/shipgate/scanner/model"
)

// htmlFixture is fixture with what only the HTML report shows: a control
// summary, a baselined finding and one made through a module.
func htmlFixture() *model.Result {
	res := fixture()
	res.Findings[0].Baseline = model.BaselineUnchanged
	res.Findings[2].Via = []model.Call{{Name: "module.app"}, {Name: "module.bucket"}}
	res.Findings[2].ValueFrom = &model.Range{File: "prod.tfvars", Start: model.Pos{Line: 2, Col: 1}}
	res.Rules[1].Remediation = "Add BucketEncryption.\n\nCloudFormation:\n```yaml\nBucketEncryption:\n  ServerSideEncryptionConfiguration:\n    - ServerSideEncryptionByDefault:\n        SSEAlgorithm: aws:kms\n```\n"
	res.Absent = []model.BaselineEntry{{Fingerprint: "f-gone", RuleID: "AWS-S3-001", Severity: model.SeverityHigh,
		File: "templates/old.yaml", Resource: "Gone", Message: `bucket "Gone" has no server-side encryption`, Count: 1}}
	res.Compliance = []model.ControlResult{
		{Control: model.Control{Framework: "aws-fsbp", ID: "S3.4"}, Title: "AWS Foundational Security Best Practices v1.0.0",
			Rules: []string{"AWS-S3-001"}, Passed: 0, Failed: 2, Suppressed: 1, Status: model.ControlFailed,
			ByRule: []model.RuleCounts{{ID: "AWS-S3-001", Failed: 2, Suppressed: 1}}},
		{Control: model.Control{Framework: "aws-fsbp", ID: "S3.9"}, Title: "AWS Foundational Security Best Practices v1.0.0",
			Rules: []string{"AWS-S3-007"}, Status: model.ControlNotApplicable},
		{Control: model.Control{Framework: "devops", ID: "hardening"}, Title: "DevOps delivery practices (shipgate)",
			Rules: []string{"DOCKER-005"}, Passed: 1, Status: model.ControlPassed,
			ByRule: []model.RuleCounts{{ID: "DOCKER-005", Passed: 1}}},
		// A baselined finding fails its control.
		{Control: model.Control{Framework: "devops", ID: "supply-chain"}, Title: "DevOps delivery practices (shipgate)",
			Rules: []string{"GHA-003"}, Failed: 1, Status: model.ControlFailed,
			ByRule: []model.RuleCounts{{ID: "GHA-003", Failed: 1}}},
	}
	return res
}

func init() {
	goldenCases = append(goldenCases,
		goldenCase{"html", "html", htmlFixture, Options{Version: "1.2.3", FailOn: model.SeverityHigh}},
		goldenCase{"html-empty", "html", empty, Options{}},
	)
}

// TestHTMLHostile checks that text from a scanned file cannot add markup:
// a message, a path, a snippet and a suppression's justification holding
// tags and quotes show escaped, and the only script is the report's own.
func TestHTMLHostile(t *testing.T) {
	res := hostile()
	const payload = `"><script>window.pwned=1</script><img src=x onerror=alert(1)>`
	res.Findings[0].Range.File = "evil" + payload + ".yml"
	res.Scanned[0].Path = res.Findings[0].Range.File
	res.Findings = append(res.Findings, model.Finding{
		RuleID: "GHA-001", Severity: model.SeverityLow, Message: "m" + payload,
		Range:       model.Range{File: "w.yml", Start: model.Pos{Line: 1, Col: 7}, End: model.Pos{Line: 1, Col: 20}},
		Suppression: &model.Suppression{Kind: "inline", Justification: payload},
		Condition:   payload,
	})
	res.Rules[0].Remediation = payload + "\n```\n" + payload + "\n```"
	res.Rules[0].Description = payload
	res.Sources = map[string][]byte{"w.yml": []byte("name: " + payload + "\n")}
	res.Errors = []model.FileError{{Path: payload, Kind: model.ErrParse, Message: payload}}
	res.Notes = []model.Note{{Message: payload}}
	got := string(render(t, "html", res, Options{}))
	if n := strings.Count(got, "<script"); n != 1 {
		t.Errorf("%d script tags, want only the report's own", n)
	}
	for _, bad := range []string{"<img", "onerror=alert(1)>", `"><script`} {
		if strings.Contains(got, bad) {
			t.Errorf("report holds %q unescaped", bad)
		}
	}
	// Every place shows it, escaped: message, path (heading, filter data),
	// snippet, suppression, condition, rule text, errors and notes.
	if n := strings.Count(got, "&lt;script&gt;window.pwned=1&lt;/script&gt;"); n < 10 {
		t.Errorf("the payload shows escaped %d times, want it in every place (10 or more)", n)
	}
	// The bidi and escape characters of the message stay visible escapes.
	if !strings.Contains(got, `\x1b[31m`) {
		t.Error("terminal escape in a message not shown as \\x1b")
	}
}

// TestHTMLLongLine checks that a finding on a one-line file of a
// megabyte shows a bounded snippet: the report stays small.
func TestHTMLLongLine(t *testing.T) {
	line := bytes.Repeat([]byte(`{"a":"b"},`), 100_000)
	res := &model.Result{
		Rules:   []model.Rule{{ID: "X-1", Severity: model.SeverityHigh}},
		Scanned: []model.ScannedFile{{Path: "big.json", Kind: model.KindCloudFormation}},
		Sources: map[string][]byte{"big.json": line},
	}
	for i := range 200 {
		col := 1 + i*5_000
		res.Findings = append(res.Findings, model.Finding{RuleID: "X-1", Severity: model.SeverityHigh, Message: "m",
			Range: model.Range{File: "big.json", Start: model.Pos{Line: 1, Col: col}, End: model.Pos{Line: 1, Col: col + 9}}})
	}
	got := render(t, "html", res, Options{})
	if len(got) > 200_000 {
		t.Errorf("report of 200 findings on a 1 MB line is %d bytes, want it bounded", len(got))
	}
	if !bytes.Contains(got, []byte(`...{&#34;a&#34;:&#34;b&#34;},`)) {
		t.Error("snippet does not show the cut line")
	}
}

// TestHTMLCounts checks the numbers the summary, the charts and the
// filters show against the fixture.
func TestHTMLCounts(t *testing.T) {
	got := string(render(t, "html", htmlFixture(), Options{FailOn: model.SeverityHigh}))
	for _, want := range []string{
		`<span id="files-scanned">4 files</span> scanned, <span id="count-findings">3 findings</span>, <span id="count-warnings">1 warning</span>, <span id="count-suppressed">2</span> suppressed, <span id="count-baselined">1</span> baselined; 3 files not scanned, 1 policy error.`,
		`<span id="at-or-above">3 findings</span> at or above high`,
		`<tr data-sev="high"><th><span class="sev high">high</span></th><td>2</td><td>0</td><td>0</td><td>1</td></tr>`,
		`<tr data-kind="cloudformation"><th>cloudformation</th><td>2</td><td>3</td><td>0</td><td>0</td><td>2</td></tr>`,
		`showing <span id="shown">7</span> of 7`,
		`<details class="na"><summary>1 control not applicable`,
		`<span class="tag">suppressed (inline: archive holds public data)</span>`,
		`<span class="tag">via module.app → module.bucket</span>`,
		`<a href="#r2">AWS-S3-001</a> S3 bucket without server-side encryption: <span class="rc">2 failed, 0 passed, 1 suppressed</span>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("report lacks %s", want)
		}
	}
	// Each rule's remediation is written once, whatever its findings.
	if n := strings.Count(got, "SSEAlgorithm: aws:kms"); n != 1 {
		t.Errorf("remediation written %d times, want 1", n)
	}
	// Every finding links to its rule's entry, which exists.
	ids := map[string]bool{}
	for _, m := range regexp.MustCompile(`id="(r[0-9]+)"`).FindAllStringSubmatch(got, -1) {
		ids[m[1]] = true
	}
	for _, m := range regexp.MustCompile(`href="#(r[0-9]+)"`).FindAllStringSubmatch(got, -1) {
		if !ids[m[1]] {
			t.Errorf("link to #%s, which no rule entry has", m[1])
		}
	}
}
