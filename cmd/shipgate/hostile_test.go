package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/unicode"
)

// The hostile inputs of issue 6, generated at test time (nothing large is
// committed). Each class used to crash the scan with an out-of-memory
// error, hang, take minutes, or pass silently; TestHostileInputs checks
// that each is now a bounded, reported outcome and that the rest of the
// scan is intact. Timings are in BenchmarkHostile, not asserted.

const mb = 1 << 20

// bigParam is a template whose parameter P defaults to n bytes.
func bigParam(n int, props string) string {
	return "AWSTemplateFormatVersion: '2010-09-09'\nParameters:\n  P:\n    Type: String\n    Default: " +
		strings.Repeat("x", n) + "\nResources:\n  R:\n    Type: AWS::SNS::Topic\n    Properties:\n" + props
}

func joined(s, sep string, n int) string { return strings.TrimSuffix(strings.Repeat(s+sep, n), sep) }

// hostile returns the hostile templates by file name.
func hostile() map[string]string {
	var cdl strings.Builder
	cdl.WriteString("Parameters:\n  L:\n    Type: CommaDelimitedList\n    Default: " + joined("a", ",", 1_000_000) +
		"\nResources:\n  R:\n    Type: AWS::SNS::Topic\n    Properties:\n")
	for i := range 300 {
		fmt.Fprintf(&cdl, "      P%d: !Ref L\n", i)
	}
	const anchor = "anchor1234567890"
	return map[string]string{
		"join.yaml":         bigParam(mb, "      TopicName: !Join ['', ["+joined("!Ref P", ", ", 20000)+"]]\n"),
		"sub.yaml":          bigParam(mb, "      TopicName: !Sub '"+strings.Repeat("${P}", 20000)+"'\n"),
		"cdl.yaml":          cdl.String(),
		"aliases-line.yaml": "Resources:\n  R:\n    Type: AWS::SNS::Topic\n    Properties:\n      A: &" + anchor + " x\n      B: [" + joined("*"+anchor, ", ", 99000) + "]\n",
		"alias-scalar.yaml": "Resources:\n  R:\n    Type: AWS::SNS::Topic\n    Properties:\n      A: &a " + strings.Repeat("y", mb) + "\n      B:\n" + strings.Repeat("        - *a\n", 50000),
		"helm.yaml":         "# Resources: creates AWS::S3::Bucket via crossplane\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n  {{- range .Values.items }}\n  {{ .name }}: {{ .value | quote }}\n  {{- end }}\n",
	}
}

// oneLine is a one-line JSON template of about size bytes whose n buckets
// each have findings.
func oneLine(size, n int) string {
	pad := strings.Repeat("p", max(size/n-90, 1))
	parts := make([]string, n)
	for i := range parts {
		parts[i] = fmt.Sprintf(`"Bucket%d":{"Type":"AWS::S3::Bucket","Properties":{"BucketName":"b%d%s"}}`, i, i, pad)
	}
	return `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{` + strings.Join(parts, ",") + "}}\n"
}

// jsonResult is the part of the JSON output the tests read.
type jsonResult struct {
	Findings []struct {
		RuleID string `json:"rule_id"`
		Range  struct {
			File  string `json:"file"`
			Start struct {
				Line int `json:"line"`
			} `json:"start"`
		} `json:"range"`
	} `json:"findings"`
	Errors []struct {
		Path    string `json:"path"`
		Kind    string `json:"kind"`
		Message string `json:"message"`
	} `json:"errors"`
	Scanned []struct {
		Path string `json:"path"`
	} `json:"scanned"`
}

func TestHostileInputs(t *testing.T) {
	dir := t.TempDir()
	files := hostile()
	app := appYAML(t)
	files["app.yaml"] = string(app)
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(app)
	if err != nil {
		t.Fatal(err)
	}
	files["utf16.yaml"] = string(utf16)
	files["real/sg.yaml"] = string(app)
	files["../policies/div.rego"] = `# METADATA
# title: divides by zero
# custom:
#   id: CUSTOM-DIV0
#   severity: low
#   input: aws
package custom.div0

deny contains msg if {
	some r in input.aws.ec2.security_group_rules
	n := count(r.resource) - count(r.resource)
	msg := sprintf("never %v", [1 / n])
}
`
	tree := filepath.Join(dir, "tree")
	for name, content := range files {
		p := filepath.Join(tree, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The tree is scanned twice, through a symbolic link to it ("scan")
	// and as "$PWD/scan".
	if err := os.Symlink("tree", filepath.Join(dir, "scan")); err != nil {
		t.Skip(err) // Windows without the privilege
	}
	args := []string{"scan", "--format", "json", "--fail-on", "none", "--policy", "policies", "scan", "$PWD/scan"}
	if runtime.GOOS != "windows" {
		// A 5 GB file (sparse: nothing is written), a named pipe and a
		// device named on the command line, and a link to a directory of
		// the tree.
		if err := os.Mkdir(filepath.Join(dir, "args"), 0o755); err != nil {
			t.Fatal(err)
		}
		big := filepath.Join(dir, "args", "big.yaml")
		f, err := os.Create(big)
		if err == nil {
			err = f.Truncate(5 << 30)
			f.Close()
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := mkfifo(filepath.Join(dir, "args", "fifo.yaml")); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(filepath.Join("tree", "real"), filepath.Join(dir, "linkdir")); err != nil {
			t.Fatal(err)
		}
		args = append(args, "args/big.yaml", "args/fifo.yaml", "linkdir", "/dev/zero")
	}
	t.Chdir(dir)
	for i, a := range args {
		args[i] = strings.ReplaceAll(a, "$PWD", dir)
	}
	var stdout, stderr bytes.Buffer
	code := run(args, nil, &stdout, &stderr)
	if code != exitIncomplete {
		t.Errorf("exit %d, want 3 (scan incomplete); stderr:\n%s", code, stderr.String())
	}
	var res jsonResult
	if err := json.Unmarshal(stdout.Bytes(), &res); err != nil {
		t.Fatalf("JSON output: %v\n%s", err, stderr.String())
	}

	var errs []string
	for _, e := range res.Errors {
		errs = append(errs, string(e.Kind)+" "+e.Path+": "+e.Message)
	}
	eval := ": intrinsic functions evaluate to more than 1000000 values or 64 MB of text, the budget for a template; the template is not checked"
	want := []string{
		"limit scan/alias-scalar.yaml: aliases expand to more than 16 MB of text; the template is not checked",
		"policy scan/app.yaml: evaluate cloudformation: policy CUSTOM-DIV0: policies/div.rego:12: eval_builtin_error: div: divide by zero",
		"limit scan/cdl.yaml: Ref" + eval,
		"limit scan/join.yaml: Ref" + eval,
		"policy scan/real/sg.yaml: evaluate cloudformation: policy CUSTOM-DIV0: policies/div.rego:12: eval_builtin_error: div: divide by zero",
		"limit scan/sub.yaml: Fn::Sub" + eval,
		"policy scan/utf16.yaml: evaluate cloudformation: policy CUSTOM-DIV0: policies/div.rego:12: eval_builtin_error: div: divide by zero",
	}
	if runtime.GOOS != "windows" {
		want = append([]string{
			"read /dev/zero: cannot read: not a regular file (a character device); only regular files are scanned",
			"limit args/big.yaml: file is larger than the 16 MB limit (--max-file-size)",
			"read args/fifo.yaml: cannot read: not a regular file (a named pipe); only regular files are scanned",
		}, want...)
	}
	if diff := cmp.Diff(want, errs); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}

	// Every template is scanned once, whatever the paths that reach it;
	// the policy failure and the budgets hide no other finding.
	var scanned []string
	for _, s := range res.Scanned {
		scanned = append(scanned, s.Path)
	}
	wantScanned := []string{"scan/aliases-line.yaml", "scan/app.yaml", "scan/real/sg.yaml", "scan/utf16.yaml"}
	if diff := cmp.Diff(wantScanned, scanned); diff != "" {
		t.Errorf("scanned (-want +got):\n%s", diff)
	}
	perFile := map[string]int{}
	for _, f := range res.Findings {
		if f.RuleID == "AWS-EC2-001" {
			perFile[f.Range.File] = f.Range.Start.Line
		}
	}
	wantCritical := map[string]int{"scan/app.yaml": 37, "scan/real/sg.yaml": 37, "scan/utf16.yaml": 37}
	if diff := cmp.Diff(wantCritical, perFile); diff != "" {
		t.Errorf("critical finding per file (-want +got):\n%s", diff)
	}
}

// TestHostileOutputs: a 1 MB one-line template with thousands of findings
// gives a text report of bounded size (each finding used to reprint and
// underline the whole line: 6 GB) and a SARIF log computed in linear time.
func TestHostileOutputs(t *testing.T) {
	dir := t.TempDir()
	src := oneLine(mb, 800)
	if err := os.WriteFile(filepath.Join(dir, "one.json"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	var text, stderr bytes.Buffer
	code := run([]string{"scan", "one.json", "--fail-on", "none", "--format", "text", "--output", "sarif=one.sarif"}, nil, &text, &stderr)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	sarif, err := os.ReadFile("one.sarif")
	if err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				Locations []struct {
					PhysicalLocation struct {
						Region struct {
							StartLine   int `json:"startLine"`
							StartColumn int `json:"startColumn"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(sarif, &log); err != nil {
		t.Fatal(err)
	}
	results := log.Runs[0].Results
	if len(results) < 800 {
		t.Fatalf("%d SARIF results, want one or more per bucket", len(results))
	}
	var cols []int
	for _, r := range results {
		cols = append(cols, r.Locations[0].PhysicalLocation.Region.StartColumn)
	}
	if !sort.IntsAreSorted(cols) || cols[len(cols)-1] < len(src)/2 {
		t.Errorf("SARIF columns are not the buckets' positions along the line")
	}
	// Each finding: its line, two snippet lines of at most 120 bytes of
	// source each, and the caret line.
	if limit := len(results) * 800; text.Len() > limit {
		t.Errorf("text report of %d bytes for %d findings, want at most %d", text.Len(), len(results), limit)
	}
	for _, line := range strings.Split(text.String(), "\n") {
		if len(line) > 400 {
			t.Fatalf("text line of %d bytes: %.100s...", len(line), line)
		}
	}
}

// BenchmarkHostile times a whole run of the CLI on each hostile input
// class (go test ./cmd/shipgate -run '^$' -bench Hostile). Before the
// budgets, these ran out of memory or took minutes; see the README's
// "Limits".
func BenchmarkHostile(b *testing.B) {
	dir := b.TempDir()
	files := hostile()
	files["one-1mb.json"] = oneLine(mb, 800)
	files["one-16mb.json"] = oneLine(16*mb-64<<10, 3000)
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.Chdir(dir)
	cases := []struct {
		name string
		args []string
	}{
		{"join", []string{"join.yaml"}},
		{"sub", []string{"sub.yaml"}},
		{"cdl", []string{"cdl.yaml"}},
		{"aliases-line", []string{"aliases-line.yaml"}},
		{"alias-scalar", []string{"alias-scalar.yaml"}},
		{"one-line-1mb-text", []string{"one-1mb.json"}},
		{"one-line-1mb-sarif", []string{"one-1mb.json", "--format", "sarif"}},
		{"one-line-16mb-sarif", []string{"one-16mb.json", "--format", "sarif"}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			args := append([]string{"scan", "--fail-on", "none"}, c.args...)
			var out countWriter
			for b.Loop() {
				out = 0
				var stderr bytes.Buffer
				if code := run(args, nil, &out, &stderr); code != exitOK && code != exitIncomplete {
					b.Fatalf("exit %d: %s", code, stderr.String())
				}
			}
			b.ReportMetric(float64(out), "output-bytes")
		})
	}
}

// countWriter counts what is written to it.
type countWriter int

func (w *countWriter) Write(p []byte) (int, error) {
	*w += countWriter(len(p))
	return len(p), nil
}
