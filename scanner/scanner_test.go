package scanner

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/internal/shared"
	"github.com/shipgate/shipgate/scanner/model"
)

func newScanner(tb testing.TB, opts Options) *Scanner {
	tb.Helper()
	s, err := New(context.Background(), opts)
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	return s
}

var expectRe = regexp.MustCompile(`#\s*expect(-next-line)?:\s*([A-Z0-9-]+(?:\s*,\s*[A-Z0-9-]+)*)`)

// expectedLines reads "# expect: RULE-ID" markers: the lines where findings
// of that rule must start. "# expect-next-line: RULE-ID" marks the line
// after it, for a line that cannot hold a comment (an HCL heredoc opener).
func expectedLines(t *testing.T, file string) map[string][]int {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string][]int{}
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		if m := expectRe.FindStringSubmatch(sc.Text()); m != nil {
			at := line
			if m[1] != "" {
				at++
			}
			for _, id := range strings.Split(m[2], ",") {
				id = strings.TrimSpace(id)
				out[id] = append(out[id], at)
			}
		}
	}
	return out
}

// TestPolicyFixtures scans every built-in policy's fixtures end to end
// (parser, adapter, engine, placement): bad.yaml must produce findings of
// that rule exactly on the marked lines, good.yaml none; so must the
// Terraform module directories tf-bad (a root module), tf-good and
// tf-module (a root module whose finding sits in a child module under
// modules/, where the caller's input decides it).
func TestPolicyFixtures(t *testing.T) {
	// Opt-in rules are enabled so that their fixtures are checked too.
	var optIn []string
	for _, r := range newScanner(t, Options{}).Rules() {
		if r.OptIn {
			optIn = append(optIn, r.ID)
		}
	}
	s := newScanner(t, Options{Enable: optIn})
	rules := map[string]model.Rule{}
	for _, r := range s.Rules() {
		rules[r.ID] = r
	}
	dirs, err := filepath.Glob(filepath.Join("..", "testdata", "policies", "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no fixtures under testdata/policies: %v", err)
	}
	for _, dir := range dirs {
		id := filepath.Base(dir)
		t.Run(id, func(t *testing.T) {
			rule, ok := rules[id]
			if !ok {
				t.Fatalf("fixture directory %s has no matching policy", dir)
			}
			for _, name := range fixtureNames(t, rule, dir) {
				t.Run(name, func(t *testing.T) {
					checkFixture(t, s, id, dir, name)
				})
			}
		})
	}
}

// fixtureNames lists the fixtures of a rule: every entry of its directory.
// A rule of the AWS view must have the fixtures of the formats its kinds
// name, both ways: bad.yaml and good.yaml for CloudFormation, tf-bad and
// tf-good for Terraform (tf-module is optional). A rule that Terraform
// cannot trigger still has a tf-good showing that the Terraform
// equivalent is not reported. Any other rule needs at least one bad and
// one good fixture.
func fixtureNames(t *testing.T, rule model.Rule, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	aws := len(rule.Kinds) > 0 && !slices.ContainsFunc(rule.Kinds, func(k model.Kind) bool { return model.ViewOf(k) != model.ViewAWS })
	if aws {
		var want []string
		if slices.Contains(rule.Kinds, model.KindCloudFormation) {
			want = append(want, "bad.yaml", "good.yaml")
		}
		if slices.Contains(rule.Kinds, model.KindTerraform) {
			want = append(want, "tf-bad", "tf-good")
		} else {
			want = append(want, "tf-good")
		}
		for _, want := range want {
			if !slices.Contains(names, want) {
				t.Errorf("missing fixture %s", want)
			}
		}
	}
	hasPrefix := func(p string) bool {
		return slices.ContainsFunc(names, func(n string) bool { return strings.HasPrefix(n, p) })
	}
	if !aws && (!hasPrefix("bad") || !hasPrefix("good")) {
		t.Errorf("want at least one fixture named bad* and one named good* in %s, have %v", dir, names)
	}
	return names
}

// checkFixture scans one fixture, a file or a directory, and compares the
// findings of rule id with the "# expect: <id>" markers of its files by
// file and line. Fixtures named bad* or tf-module must mark at least one
// line, and a module fixture one inside modules/; good* fixtures none.
func checkFixture(t *testing.T, s *Scanner, id, dir, name string) {
	t.Helper()
	fixture := filepath.Join(dir, name)
	info, err := os.Stat(fixture)
	if err != nil {
		t.Fatalf("missing fixture: %v", err)
	}
	var files []string
	if info.IsDir() {
		err := filepath.WalkDir(fixture, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				files = append(files, p)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	} else {
		files = []string{fixture}
	}
	res, err := s.Scan(context.Background(), []string{fixture})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Errors) > 0 {
		t.Fatalf("scan errors: %+v", res.Errors)
	}
	if len(res.Notes) > 0 {
		t.Errorf("scan notes: %+v", res.Notes)
	}
	if len(res.Scanned) == 0 {
		t.Fatalf("nothing scanned")
	}
	rel := func(p string) string {
		r, err := filepath.Rel(dir, filepath.FromSlash(p))
		if err != nil {
			return p
		}
		return filepath.ToSlash(r)
	}
	want := []string{}
	inModule := false
	for _, f := range files {
		for _, line := range expectedLines(t, f)[id] {
			want = append(want, fmt.Sprintf("%s:%d", rel(f), line))
			inModule = inModule || strings.Contains(filepath.ToSlash(f), "/modules/")
		}
	}
	got := []string{}
	for _, f := range res.Findings {
		if f.RuleID == id {
			got = append(got, fmt.Sprintf("%s:%d", rel(f.Range.File), f.Range.Start.Line))
		}
	}
	sort.Strings(want)
	sort.Strings(got)
	bad := strings.HasPrefix(name, "bad") || name == "tf-bad" || name == "tf-module"
	if !bad && !strings.HasPrefix(name, "good") && !strings.HasPrefix(name, "tf-good") {
		t.Fatalf("fixture %s: name it bad* or good*", name)
	}
	switch {
	case bad && len(want) == 0:
		t.Fatalf("no line is marked '# expect: %s'", id)
	case name == "tf-module" && !inModule:
		t.Fatalf("no line under modules/ is marked '# expect: %s'", id)
	case !bad && len(want) > 0:
		t.Fatalf("a good fixture must not expect findings")
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("finding lines of %s (-want +got):\n%s\nall findings: %s", id, diff, describe(res.Findings))
	}
}

func describe(fs []model.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "\n  %s: %s [%s]", f.Range, f.Message, f.RuleID)
	}
	return b.String()
}

func TestDiscover(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, content string) {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tmpl := "Resources:\n  B:\n    Type: AWS::S3::Bucket\n"
	write("app.yaml", tmpl)
	write("template.json", `{"Resources": {"B": {"Type": "AWS::SNS::Topic"}}}`)
	write("stack.template", tmpl)
	write("cdk.out/App.template.json", `{"Resources": {"B": {"Type": "AWS::SQS::Queue"}}}`)
	write("cdk.out/asset.123abc/x.json", `{"Resources": {"B": {"Type": "AWS::SQS::Queue"}}}`)
	write("node_modules/pkg/t.yaml", tmpl)
	write(".git/t.yaml", tmpl)
	write("legacy/old.yaml", tmpl)
	write(".github/workflows/ci.yml", "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n")
	write("package.json", `{"name": "x", "version": "1.0.0"}`)
	write("broken.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  B:\n    Type: [unclosed\n")
	write("README.md", "# hi")

	s := newScanner(t, Options{Exclude: []string{"legacy/**"}})
	res, err := s.Scan(context.Background(), []string{dir, filepath.Join(dir, "package.json"), filepath.Join(dir, "missing.yaml")})
	if err != nil {
		t.Fatal(err)
	}
	rel := func(p string) string {
		r, _ := filepath.Rel(filepath.ToSlash(dir), p)
		return filepath.ToSlash(r)
	}
	var scanned []string
	for _, f := range res.Scanned {
		scanned = append(scanned, rel(f.Path))
	}
	want := []string{".github/workflows/ci.yml", "app.yaml", "cdk.out/App.template.json", "stack.template", "template.json"}
	if diff := cmp.Diff(want, scanned); diff != "" {
		t.Errorf("scanned (-want +got):\n%s", diff)
	}
	var errs []string
	for _, e := range res.Errors {
		errs = append(errs, string(e.Kind)+" "+rel(e.Path))
	}
	wantErrs := []string{"parse broken.yaml", "read missing.yaml", "skipped package.json"}
	if diff := cmp.Diff(wantErrs, errs); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	for _, e := range res.Errors {
		// yaml.v3 reports this error where the flow sequence's line begins
		// or ends (3 or 4); either way it must carry a position.
		if e.Kind == "parse" && (e.Range == nil || e.Range.Start.Line < 3 || e.Range.Start.Line > 4) {
			t.Errorf("parse error %+v: want a position on line 3 or 4", e)
		}
	}
}

func TestGlobMatch(t *testing.T) {
	tests := []struct {
		name, pattern, path string
		want                bool
	}{
		{"plain", "*.json", "a.json", true},
		{"plain no dir crossing", "*.json", "d/a.json", false},
		{"double star prefix", "**/*.json", "d/e/a.json", true},
		{"double star zero dirs", "**/a.json", "a.json", true},
		{"double star suffix", "legacy/**", "legacy/x/y.yaml", true},
		{"double star middle", "a/**/z.yaml", "a/b/c/z.yaml", true},
		{"no match", "a/**/z.yaml", "b/c/z.yaml", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := globMatch(tt.pattern, tt.path); got != tt.want {
				t.Errorf("globMatch(%q, %q) = %v, want %v", tt.pattern, tt.path, got, tt.want)
			}
		})
	}
}

func TestLocateFallsBackToEnclosingBlock(t *testing.T) {
	r := func(l, c int) model.Range {
		return model.Range{File: "t.yaml", Start: model.Pos{Line: l, Col: c}, End: model.Pos{Line: l, Col: c + 1}}
	}
	doc := &model.Document{Path: "t.yaml", Source: map[string]model.Range{
		"":                             r(1, 1),
		"/Resources":                   r(2, 1),
		"/Resources/B":                 r(3, 3),
		"/Resources/B/Properties":      r(5, 5),
		"/Resources/B/Properties/a~1b": r(6, 7),
	}}
	tests := []struct {
		name, ptr string
		want      model.Range
	}{
		{"exact", "/Resources/B/Properties", r(5, 5)},
		{"escaped", "/Resources/B/Properties/a~1b", r(6, 7)},
		{"missing attribute", "/Resources/B/Properties/BucketEncryption/X", r(5, 5)},
		{"unknown resource", "/Resources/Nope", r(2, 1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, locate(doc, "", tt.ptr)); diff != "" {
				t.Error(diff)
			}
		})
	}
}

// TestCorpus scans the shared real-world corpus: no crash, every template
// is either scanned or reported with a reason, and the counts of files,
// errors and findings per rule match testdata/corpus-counts.txt.
func TestCorpus(t *testing.T) {
	dir := shared.Path(t, "corpus")
	if testing.Short() {
		t.Skip("corpus scan skipped in -short mode")
	}
	s := newScanner(t, Options{})
	res, err := s.Scan(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[model.ErrorKind]int{}
	for _, e := range res.Errors {
		kinds[e.Kind]++
		t.Logf("not (fully) scanned: %s: %s: %s", e.Path, e.Kind, e.Message)
		if e.Kind != "parse" {
			t.Errorf("unexpected %s error: %s: %s", e.Kind, e.Path, e.Message)
		}
		if e.Range == nil {
			t.Errorf("parse error without a position: %s: %s", e.Path, e.Message)
		}
	}
	t.Logf("corpus: %d templates scanned, %d findings, errors by kind %v, %d notes", len(res.Scanned), len(res.Findings), kinds, len(res.Notes))
	for _, f := range res.Findings {
		if f.Range.Start.Line < 1 || f.Range.Start.Col < 1 {
			t.Errorf("finding without a position: %+v", f)
		}
	}
	checkCorpusCounts(t, dir, s.Rules(), res)
}

// BenchmarkScanCorpus scans the whole corpus with every built-in policy and
// reports files per second.
func BenchmarkScanCorpus(b *testing.B) {
	dir := shared.Path(b, "corpus")
	s := newScanner(b, Options{})
	b.ReportAllocs()
	var files int
	for b.Loop() {
		res, err := s.Scan(context.Background(), []string{dir})
		if err != nil {
			b.Fatal(err)
		}
		files = len(res.Scanned) + len(res.Errors)
	}
	b.ReportMetric(float64(files)*float64(b.N)/b.Elapsed().Seconds(), "files/s")
	b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "procs")
}

// TestDeterministic scans the same tree twice and compares everything.
func TestDeterministic(t *testing.T) {
	s := newScanner(t, Options{})
	dir := filepath.Join("..", "testdata", "policies")
	a, err := s.Scan(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.Scan(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("two scans differ:\n%s", diff)
	}
	if len(a.Findings) == 0 {
		t.Error("no findings on the policy fixtures")
	}
}

// TestForeignIgnores: with HonorForeignIgnores a cfn_nag or cfn-guard
// suppression on a resource suppresses the findings of the rules whose
// aliases list its id, with its reason; other rules and other resources are
// untouched, and without the option nothing is suppressed.
func TestForeignIgnores(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "app.yaml")
	src := `Resources:
  Web:
    Type: AWS::EC2::SecurityGroup
    Metadata:
      cfn_nag:
        rules_to_suppress:
          - id: W2
            reason: the bastion is reached from changing networks
    Properties:
      GroupDescription: web
      SecurityGroupIngress:
        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}
  Other:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: other
      SecurityGroupIngress:
        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}
  Data:
    Type: AWS::S3::Bucket
    DeletionPolicy: Retain
    Metadata:
      guard:
        SuppressedRules: [S3_BUCKET_VERSIONING_ENABLED]
`
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	type brief struct {
		Rule, Resource string
		Suppression    *model.Suppression
	}
	scan := func(honor bool) []brief {
		res, err := newScanner(t, Options{HonorForeignIgnores: honor}).Scan(context.Background(), []string{file})
		if err != nil {
			t.Fatal(err)
		}
		var out []brief
		for _, f := range res.Findings {
			if f.RuleID == "AWS-EC2-001" || f.RuleID == "AWS-S3-003" {
				out = append(out, brief{f.RuleID, f.Resource, f.Suppression})
			}
		}
		return out
	}
	want := []brief{
		{"AWS-EC2-001", "Web", &model.Suppression{Kind: "external", Justification: "the bastion is reached from changing networks"}},
		{"AWS-EC2-001", "Other", nil},
	}
	wantS3 := brief{"AWS-S3-003", "Data", &model.Suppression{Kind: "external", Justification: "suppressed for cfn-guard rule S3_BUCKET_VERSIONING_ENABLED in the resource's Metadata"}}
	got := scan(true)
	sort.Slice(got, func(i, j int) bool { return got[i].Rule+got[i].Resource > got[j].Rule+got[j].Resource })
	if diff := cmp.Diff(append([]brief{wantS3}, want...), got); diff != "" {
		t.Errorf("with --honor-foreign-ignores (-want +got):\n%s", diff)
	}
	for _, b := range scan(false) {
		if b.Suppression != nil {
			t.Errorf("%s on %s suppressed without --honor-foreign-ignores", b.Rule, b.Resource)
		}
	}
}
