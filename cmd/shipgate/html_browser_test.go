package main

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromium finds a Chromium (or Chrome) to drive: SHIPGATE_CHROMIUM, else
// /usr/bin/chromium (Debian's package), else one on PATH. Without one the
// browser test skips on a user's machine and fails in CI (CI set), where
// .ci/run installs it.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("SHIPGATE_CHROMIUM"); p != "" {
		return p
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no chromium: CI must run the HTML report's browser test (.ci/run installs chromium with apt-get)")
	}
	t.Skip("no chromium found (/usr/bin/chromium, PATH, or SHIPGATE_CHROMIUM); install it (apt-get install chromium) to run the HTML report's browser test")
	return ""
}

// hostileTemplate names its buckets with markup: their names end up in
// messages, snippets and the control view.
const hostileTemplate = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  "<script>window.pwned=1</script>":
    Type: AWS::S3::Bucket
  "x\"><img src=x onerror=\"window.pwned2=1\">":
    Type: AWS::S3::Bucket
`

// TestHTMLReportInBrowser scans files through the CLI into an HTML report
// and opens it from a file:// URL in headless Chromium: the summary shows
// the JSON report's counts, the severity, rule and file filters hide what
// they should, and bucket names and a file name holding markup show as
// text without running.
func TestHTMLReportInBrowser(t *testing.T) {
	exe := chromium(t)
	dir := t.TempDir()
	files := map[string]string{
		"app.yaml":   hostileTemplate,
		"Dockerfile": "FROM alpine:latest\nUSER root\n",
		// A file name is markup too.
		"<img src=x onerror=window.pwned3=1>.yaml": "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n",
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	page, jsonOut := filepath.Join(dir, "report.html"), filepath.Join(dir, "report.json")
	code, _, stderr := runCLI("scan", dir, "--format", "html,json", "--output", "html="+page, "--output", "json="+jsonOut, "--fail-on", "none")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var doc struct {
		Findings []struct {
			RuleID   string `json:"rule_id"`
			Severity string `json:"severity"`
			Range    struct {
				File string `json:"file"`
			} `json:"range"`
		} `json:"findings"`
		Summary struct {
			Findings int `json:"findings"`
			Warnings int `json:"warnings"`
		} `json:"summary"`
		Compliance []any `json:"compliance"`
	}
	raw, err := os.ReadFile(jsonOut)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Compliance) != 0 {
		t.Errorf("the JSON report has %d controls: the control view computed for the HTML report leaked into it", len(doc.Compliance))
	}
	total, medium, dockerfile := len(doc.Findings), 0, 0
	for _, f := range doc.Findings {
		if f.Severity == "medium" {
			medium++
		}
		if strings.HasSuffix(f.Range.File, "/Dockerfile") {
			dockerfile++
		}
	}
	if medium == 0 || dockerfile == 0 || dockerfile == total {
		t.Fatalf("the scan must have medium findings and findings in and out of the Dockerfile: %d findings, %d medium, %d in the Dockerfile", total, medium, dockerfile)
	}

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.DisableGPU)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 2*time.Minute) // a loaded CI machine
	defer cancel()

	// The console, read from before the page loads: an exception or an
	// error (a script the Content-Security-Policy refused) fails the test.
	cctx, stopConsole := context.WithCancel(ctx)
	messages := chromedp.Console(cctx)
	var console []chromedp.ConsoleMessage
	var wg sync.WaitGroup
	wg.Go(func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			console = append(console, m)
		}
	})

	run := func(a chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	text := func(id string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID(id)))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	// visible counts the findings shown, and those of a severity.
	visible := func(sev string) int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`Array.from(document.querySelectorAll("li.f")).filter(li => li.offsetParent !== null && (`+jsString(sev)+` === "" || li.dataset.sev === `+jsString(sev)+`)).length`))
		if err != nil {
			t.Fatal(err)
		}
		return n
	}

	run(chromedp.Navigate("file://" + filepath.ToSlash(page)))
	run(chromedp.WaitVisible(chromedp.ID("filters")))

	// It renders, with the counts of the JSON report, and its script ran
	// (it shows the filters).
	if got, want := text("count-findings"), plural(doc.Summary.Findings, "finding"); got != want {
		t.Errorf("summary shows %q, want %q", got, want)
	}
	if got, shown := visible(""), text("shown"); got != total || shown != itoa(total) {
		t.Errorf("%d findings visible, the filter line says %s; want %d", got, shown, total)
	}

	// Markup in scanned files is text, and none of it ran.
	pwned, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[typeof window.pwned, typeof window.pwned2, typeof window.pwned3]`))
	if err != nil {
		t.Fatal(err)
	}
	for i, typ := range pwned {
		if typ != "undefined" {
			t.Errorf("window.pwned%d is %s: markup from a scanned file ran", i+1, typ)
		}
	}
	list := text("list")
	for _, want := range []string{
		`bucket "<script>window.pwned=1</script>"`,
		`"x\"><img src=x onerror=\"window.pwned2=1\">"`, // its snippet line
		`<img src=x onerror=window.pwned3=1>.yaml`,
	} {
		if !strings.Contains(list, want) {
			t.Errorf("the findings do not show %s as text:\n%s", want, list)
		}
	}

	// The severity filter hides medium findings, and only them.
	run(chromedp.Click(chromedp.CSS(`#filters input[name="sev"][value="medium"]`)))
	if got := visible("medium"); got != 0 {
		t.Errorf("%d medium findings visible with medium unticked", got)
	}
	if got, shown := visible(""), text("shown"); got != total-medium || shown != itoa(total-medium) {
		t.Errorf("%d findings visible with medium unticked, the filter line says %s; want %d", got, shown, total-medium)
	}

	// The file filter, with medium ticked again.
	run(chromedp.Click(chromedp.CSS(`#filters input[name="sev"][value="medium"]`)))
	run(chromedp.SendKeys(chromedp.CSS(`#filters input[name="file"]`), "dockerf"))
	if got := visible(""); got != dockerfile {
		t.Errorf("%d findings visible for file \"dockerf\", want %d (the Dockerfile's)", got, dockerfile)
	}

	// The rule filter: a select, set as a user's choice would be.
	rule, n := doc.Findings[0].RuleID, 0
	for _, f := range doc.Findings {
		if f.RuleID == rule {
			n++
		}
	}
	set := `(() => { const f = document.getElementById("filters"); f.elements.file.value = ""; f.elements.rule.value = ` + jsString(rule) + `; return f.dispatchEvent(new Event("change")); })()`
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](set)); err != nil {
		t.Fatal(err)
	}
	if got := visible(""); got != n {
		t.Errorf("%d findings visible for rule %s, want %d", got, rule, n)
	}

	stopConsole()
	wg.Wait()
	for _, m := range console {
		if m.Type == chromedp.ConsoleException || m.Type == chromedp.ConsoleError {
			t.Errorf("console %s: %s", m.Type, m.Text)
		}
	}
}

// jsString quotes s for a JavaScript expression.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return itoa(n) + " " + noun + "s"
}
