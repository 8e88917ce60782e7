package policies

import (
	"context"
	"io/fs"
	"os"
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/format"
	"github.com/open-policy-agent/opa/v1/tester"

	"github.com/shipgate/shipgate/parsers"
	"github.com/shipgate/shipgate/scanner/engine"
	"github.com/shipgate/shipgate/scanner/model"
)

// fixtureDir holds the end-to-end bad.yaml/good.yaml pair of every rule,
// relative to this package.
const fixtureDir = "../testdata/policies"

// areas are the policy directories beside lib, with the input their
// policies read.
var areas = map[string]string{"aws": "aws", "buildspec": "buildspec", "docker": "dockerfile", "github": "workflow"}

// kindsOfView reports whether kinds (METADATA custom.kinds) is a list of
// kinds that all fill view: a rule of some of a view's formats, such as a
// CloudFormation-only rule on the Parameters of a template.
func kindsOfView(kinds any, view string) bool {
	list, ok := kinds.([]any)
	if !ok || len(list) == 0 {
		return false
	}
	for _, k := range list {
		s, _ := k.(string)
		if !slices.Contains(model.ViewKinds(view), model.Kind(s)) {
			return false
		}
	}
	return true
}

// areaDirs lists lib and the areas.
func areaDirs() []string { return []string{"lib", "aws", "buildspec", "docker", "github"} }

// areaOf is the area directory of a policy file.
func areaOf(file string) string { return strings.SplitN(file, "/", 2)[0] }

// loadModules parses every .rego file under lib and aws, tests included,
// with annotations processed as the engine does.
func loadModules(t *testing.T) map[string]*ast.Module {
	t.Helper()
	fsys := os.DirFS(".")
	mods := map[string]*ast.Module{}
	for _, dir := range areaDirs() {
		err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".rego") {
				return err
			}
			src, err := fs.ReadFile(fsys, p)
			if err != nil {
				return err
			}
			m, err := ast.ParseModuleWithOpts(p, string(src), ast.ParserOptions{
				ProcessAnnotation: true,
				RegoVersion:       ast.RegoV1,
			})
			if err != nil {
				return err
			}
			mods[p] = m
			return nil
		})
		if err != nil {
			t.Fatalf("load %s: %v", dir, err)
		}
	}
	return mods
}

// policyFiles lists the policy files: <area>/*.rego without the tests.
func policyFiles(t *testing.T, mods map[string]*ast.Module) []string {
	t.Helper()
	var files []string
	for p := range mods {
		if _, ok := areas[areaOf(p)]; ok && !strings.HasSuffix(p, "_test.rego") {
			files = append(files, p)
		}
	}
	slices.Sort(files)
	if len(files) == 0 {
		t.Fatal("no policy files found")
	}
	return files
}

func TestRegoUnitTests(t *testing.T) {
	mods := loadModules(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	ch, err := tester.NewRunner().
		SetCompiler(ast.NewCompiler().WithStrict(true).WithDefaultRegoVersion(ast.RegoV1)).
		SetDefaultRegoVersion(ast.RegoV1).
		SetModules(mods).
		SetTimeout(30*time.Second).
		RaiseBuiltinErrors(true).
		RunTests(ctx, nil)
	if err != nil {
		t.Fatalf("compile policies: %v", err)
	}
	perPackage := map[string]int{}
	n := 0
	for r := range ch {
		n++
		perPackage[r.Package]++
		switch {
		case r.Error != nil:
			t.Errorf("%s.%s (%s): error: %v", r.Package, r.Name, r.Location, r.Error)
		case r.Fail:
			t.Errorf("%s.%s (%s): failed", r.Package, r.Name, r.Location)
		case r.Skip:
			t.Errorf("%s.%s (%s): skipped; finish or remove it", r.Package, r.Name, r.Location)
		}
	}
	// Every policy test package must hold at least a failing, a passing and
	// an unknown-state case.
	for _, p := range policyFiles(t, mods) {
		pkg := "data." + strings.TrimPrefix(mods[p].Package.Path.String(), "data.") + "_test"
		if got := perPackage[pkg]; got < 3 {
			t.Errorf("%s: %d tests in %s, want at least 3 (fail, pass, unknown)", p, got, pkg)
		}
	}
	if n == 0 {
		t.Fatal("no rego tests ran")
	}
	t.Logf("%d rego tests", n)
}

// policyMeta is the part of a policy's package annotation the tests check.
type policyMeta struct {
	file, pkg, title, description string
	custom                        map[string]any
}

func packageMeta(t *testing.T, file string, m *ast.Module) policyMeta {
	t.Helper()
	meta := policyMeta{file: file, pkg: strings.TrimPrefix(m.Package.Path.String(), "data.")}
	for _, a := range m.Annotations {
		if a.Scope != "package" {
			continue
		}
		meta.title, meta.description, meta.custom = a.Title, a.Description, a.Custom
	}
	return meta
}

var (
	idPattern  = regexp.MustCompile(`^(AWS-[A-Z0-9]+|BUILDSPEC|DOCKER|GHA)-[0-9]{3}$`)
	severities = []string{"critical", "high", "medium", "low", "info"}
)

func TestPolicyMetadata(t *testing.T) {
	mods := loadModules(t)
	seen := map[string]string{}
	for _, file := range policyFiles(t, mods) {
		meta := packageMeta(t, file, mods[file])
		name := strings.TrimSuffix(path.Base(file), ".rego")
		if want := "shipgate." + areaOf(file) + "." + name; meta.pkg != want {
			t.Errorf("%s: package %s, want %s", file, meta.pkg, want)
		}
		if meta.title == "" || meta.description == "" {
			t.Errorf("%s: METADATA needs a title and a description", file)
		}
		id, _ := meta.custom["id"].(string)
		if !idPattern.MatchString(id) {
			t.Errorf("%s: id %q does not match %s", file, id, idPattern)
		}
		if other, dup := seen[id]; dup {
			t.Errorf("%s: id %s already used by %s", file, id, other)
		}
		seen[id] = file
		if sev, _ := meta.custom["severity"].(string); !slices.Contains(severities, sev) {
			t.Errorf("%s: severity %q, want one of %v", file, sev, severities)
		}
		if in, _ := meta.custom["input"].(string); in != areas[areaOf(file)] && !kindsOfView(meta.custom["kinds"], areas[areaOf(file)]) {
			t.Errorf("%s: input %q, want %s (or kinds of that view, for a rule of some of its formats)", file, in, areas[areaOf(file)])
		}
		if rem, _ := meta.custom["remediation"].(string); strings.TrimSpace(rem) == "" {
			t.Errorf("%s: no remediation", file)
		}
		fw, _ := meta.custom["frameworks"].([]any)
		if len(fw) == 0 {
			t.Errorf("%s: no frameworks (at least a devops category)", file)
		}
		for _, e := range fw {
			if s, _ := e.(string); !validControl(s) {
				t.Errorf("%s: frameworks entry %q is not \"<framework> <control>\" of a framework in model.Frameworks (devops categories: %v)", file, e, model.DevOpsCategories)
			}
		}
		if rem, _ := meta.custom["remediation"].(string); areaOf(file) == "aws" {
			for _, want := range []string{"CloudFormation:", "```yaml", "Terraform:", "```hcl"} {
				if !strings.Contains(rem, want) {
					t.Errorf("%s: remediation has no %q: an AWS rule shows the fix for CloudFormation and for Terraform", file, want)
				}
			}
		}
		if !hasRule(mods[file], "deny") && !hasRule(mods[file], "warn") {
			t.Errorf("%s: no deny or warn rule", file)
		}
	}
}

// validControl reports whether a frameworks entry names a control of a
// known framework.
func validControl(entry string) bool {
	_, ok := model.ParseControl(entry)
	return ok
}

func hasRule(m *ast.Module, name string) bool {
	for _, r := range m.Rules {
		if r.Head.Name.String() == name || (len(r.Head.Reference) > 0 && r.Head.Reference[0].Value.String() == name) {
			return true
		}
	}
	return false
}

func TestEveryPolicyHasTest(t *testing.T) {
	mods := loadModules(t)
	for _, file := range policyFiles(t, mods) {
		test := strings.TrimSuffix(file, ".rego") + "_test.rego"
		m, ok := mods[test]
		if !ok {
			t.Errorf("%s: no %s beside it", file, test)
			continue
		}
		want := mods[file].Package.Path.String() + "_test"
		if got := m.Package.Path.String(); got != want {
			t.Errorf("%s: package %s, want %s", test, got, want)
		}
	}
	// lib holds helpers only: no metadata rules, no deny or warn.
	for p, m := range mods {
		if strings.HasPrefix(p, "lib/") && !strings.HasSuffix(p, "_test.rego") {
			if hasRule(m, "deny") || hasRule(m, "warn") {
				t.Errorf("%s: lib must not define deny or warn", p)
			}
		}
	}
}

func TestEveryPolicyHasFixtures(t *testing.T) {
	mods := loadModules(t)
	for _, file := range policyFiles(t, mods) {
		meta := packageMeta(t, file, mods[file])
		id, _ := meta.custom["id"].(string)
		if id == "" {
			continue // reported by TestPolicyMetadata
		}
		dir := path.Join(fixtureDir, id)
		if areaOf(file) != "aws" {
			// Other views' fixtures are any bad*/good* entries, checked
			// end to end by scanner.TestPolicyFixtures.
			if _, err := os.Stat(dir); err != nil {
				t.Errorf("%s: %v", file, err)
			}
			continue
		}
		if kinds, ok := meta.custom["kinds"].([]any); ok && !slices.Contains(kinds, any(string(model.KindCloudFormation))) {
			// A rule CloudFormation cannot trigger (no resource for what it
			// reads); scanner.TestPolicyFixtures checks its Terraform fixtures.
			continue
		}
		bad, err := os.ReadFile(path.Join(dir, "bad.yaml"))
		if err != nil {
			t.Errorf("%s: %v", file, err)
		} else if !expectRe(id).Match(bad) {
			t.Errorf("%s/bad.yaml: no line marked \"# expect: %s\"", dir, id)
		}
		good, err := os.ReadFile(path.Join(dir, "good.yaml"))
		if err != nil {
			t.Errorf("%s: %v", file, err)
		} else if strings.Contains(string(good), "# expect") {
			t.Errorf("%s/good.yaml: must not expect findings", dir)
		}
	}
}

// expectRe matches a "# expect: ID" or "# expect-next-line: ID" marker.
func expectRe(id string) *regexp.Regexp {
	return regexp.MustCompile(`# expect(-next-line)?: ` + regexp.QuoteMeta(id) + `\b`)
}

// TestRegoFormatted keeps every file as `opa fmt` writes it, so diffs stay
// about behaviour.
func TestRegoFormatted(t *testing.T) {
	fsys := os.DirFS(".")
	for _, dir := range areaDirs() {
		paths, err := fs.Glob(fsys, dir+"/*.rego")
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range paths {
			src, err := fs.ReadFile(fsys, p)
			if err != nil {
				t.Fatal(err)
			}
			got, err := format.SourceWithOpts(p, src, format.Opts{RegoVersion: ast.RegoV1})
			if err != nil {
				t.Errorf("format %s: %v", p, err)
				continue
			}
			if string(got) != string(src) {
				t.Errorf("%s is not formatted; run opa fmt -w (or see the diff with opa fmt -d)", p)
			}
		}
	}
}

// TestRegoUnitTestsWithEngineCapabilities runs the same Rego tests through
// engine.RunTests, from the embedded FS and with the engine's restricted
// builtins, so a policy that leans on a builtin the scanner removes (or a
// file the embed pattern misses) fails here, not at a user's scan.
func TestRegoUnitTestsWithEngineCapabilities(t *testing.T) {
	results, err := engine.RunTests(context.Background(), engine.TestOptions{Builtin: FS, BuiltinTests: true, Schemas: parsers.Schemas()})
	if err != nil {
		t.Fatal(err)
	}
	if len(results) == 0 {
		t.Fatal("no rego tests ran")
	}
	for _, r := range results {
		if !r.Pass() {
			t.Errorf("%s", r)
		}
	}
}
