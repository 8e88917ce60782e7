package cloudformation

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/shipgate/shipgate/internal/shared"
)

// corpusDir is ../shared/corpus; the test skips when it is absent.
func corpusDir(tb testing.TB) string { return shared.Path(tb, "corpus") }

type corpusFile struct {
	path string
	src  []byte
}

// corpusTemplates returns every file of the corpus with a template
// extension that Detect accepts.
func corpusTemplates(tb testing.TB) []corpusFile {
	root := corpusDir(tb)
	var files []corpusFile
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch strings.ToLower(filepath.Ext(path)) {
		case ".yaml", ".yml", ".json", ".template":
		default:
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if Detect(src) {
			rel, _ := filepath.Rel(root, path)
			files = append(files, corpusFile{filepath.ToSlash(rel), src})
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return files
}

// knownPartial lists corpus templates outside bad/ that are partly
// unreadable or that CloudFormation reads leniently, with what each must
// produce: a resource reported as not checked (Fn::ForEach loops and Rain
// modules, which shipgate does not expand, and SAM's invalid-input
// fixtures) or a note for a
// duplicate key, whose last value is used. Every other resource of these
// files is read.
var knownPartial = map[string]string{
	"aws-cloudformation__aws-cloudformation-templates/CloudFormation/StackSets/common-resources.json":       `resource "Storage" is not checked: its Type is a Rain module`,
	"aws-cloudformation__aws-cloudformation-templates/CloudFormation/fn-foreach-ddb.json":                   `"Fn::ForEach::Tables" is not expanded`,
	"aws-cloudformation__aws-cloudformation-templates/CloudFormation/fn-foreach-ddb.yaml":                   `"Fn::ForEach::Tables" is not expanded`,
	"aws-cloudformation__aws-cloudformation-templates/CloudFormation/fn-foreach-s3-outputs.json":            `"Fn::ForEach::Buckets" is not expanded`,
	"aws-cloudformation__aws-cloudformation-templates/CloudFormation/fn-foreach-s3-outputs.yaml":            `"Fn::ForEach::Buckets" is not expanded`,
	"aws-cloudformation__cfn-lint/test/fixtures/templates/good/functions/foreach.yaml":                      `"Fn::ForEach::Buckets" is not expanded`,
	"aws-cloudformation__aws-cloudformation-templates/Solutions/GitLab/GitLabServer.json":                   `resource "Network" is not checked: its Type is a Rain module`,
	"aws-cloudformation__aws-cloudformation-templates/Solutions/GitLabAndVSCode/GitLabAndVSCode.json":       `resource "Network" is not checked: its Type is a Rain module`,
	"aws-cloudformation__aws-cloudformation-templates/Solutions/Gitea/Gitea.json":                           `resource "Network" is not checked: its Type is a Rain module`,
	"aws-cloudformation__aws-cloudformation-templates/Solutions/VSCode/VSCodeServer.json":                   `resource "Network" is not checked: its Type is a Rain module`,
	"aws-samples__aws-devops-end-to-end-workshop/template/C9EnvironmentTemplate.yml":                        `duplicate key "Content" (first defined at line 205)`,
	"aws__serverless-application-model/tests/translator/input/error_connector.yaml":                         `resource "MyResourceWithoutType" is not checked: it has no Type`,
	"aws__serverless-application-model/tests/translator/input/error_embedded_connectors.yaml":               `resource "MyResourceWithoutType" is not checked: it has no Type`,
	"aws__serverless-application-model/tests/translator/input/error_resource_not_dict.yaml":                 `resource "NotADit" is not checked: it must be a mapping`,
	"aws__serverless-application-model/tests/translator/input/resource_with_invalid_type.yaml":              `resource "FunctionInvalid" is not checked: its Type must be a string`,
	"aws__serverless-application-model/tests/translator/input/unsupported_resources.yaml":                   `resource "ResourceMissingTypeShouldBeAccepted" is not checked: it has no Type`,
	"aws__serverless-application-model/tests/translator/output/resource_with_invalid_type.json":             `resource "FunctionInvalid" is not checked: its Type must be a string`,
	"aws__serverless-application-model/tests/translator/output/unsupported_resources.json":                  `resource "ResourceMissingTypeShouldBeAccepted" is not checked: it has no Type`,
	"awslabs__aws-cloudformation-templates/aws/services/ServiceCatalog/Portfolio.yaml":                      `duplicate key "Key" (first defined at line 191)`,
	"awslabs__aws-cloudformation-templates/aws/solutions/CloudFrontCustomOriginLambda@Edge/CloudFront.yaml": `duplicate key "EC2InstanceSGID" (first defined at line 804)`,
}

func TestCorpus(t *testing.T) {
	files := corpusTemplates(t)
	var ok, badErrors, notes, falseCond, partial int
	p := &Parser{}
	for _, f := range files {
		tpl, err := func() (tpl *Template, err error) {
			defer func() {
				if v := recover(); v != nil {
					err = fmt.Errorf("panic: %v", v)
				}
			}()
			return p.parse(f.path, f.src) // no recover: a panic must fail the test
		}()
		bad := strings.Contains("/"+f.path, "/bad/")
		if err != nil {
			var pe *ParseError
			if strings.Contains(err.Error(), "panic") || !errors.As(err, &pe) {
				t.Errorf("%s: %v", f.path, err)
				continue
			}
			if bad {
				badErrors++
				t.Logf("expected failure: %v", err)
				continue
			}
			t.Errorf("unexpected error: %v", err)
			continue
		}
		ok++
		notes += len(tpl.Doc.Notes)
		falseCond += len(tpl.FalseConditionResources)
		var said []string
		for _, e := range tpl.Doc.Errors {
			said = append(said, e.Message)
			if e.Range == nil {
				t.Errorf("%s: unreadable resource without a range: %s", f.path, e.Message)
			}
		}
		if len(tpl.Doc.Errors) > 0 {
			partial++
		}
		if want, known := knownPartial[f.path]; known {
			for _, n := range tpl.Doc.Notes {
				said = append(said, n.Message)
			}
			if !slices.ContainsFunc(said, func(m string) bool { return strings.Contains(m, want) }) {
				t.Errorf("%s: got %q, want a message containing %q", f.path, said, want)
			}
		} else if len(tpl.Doc.Errors) > 0 && !bad {
			t.Errorf("%s: unexpected unreadable resources: %q", f.path, said)
		}
		checkRanges(t, f.path, f.src, docRanges(tpl.Doc))
	}
	t.Logf("%d templates: %d parsed (%d with unreadable resources), %d invalid; %d notes, %d resources with a false condition", len(files), ok, partial, badErrors, notes, falseCond)
}

func BenchmarkParseCorpus(b *testing.B) {
	files := corpusTemplates(b)
	var size int64
	for _, f := range files {
		size += int64(len(f.src))
	}
	b.SetBytes(size)
	b.ResetTimer()
	p := &Parser{}
	for b.Loop() {
		for _, f := range files {
			_, _ = p.Parse(f.path, f.src)
		}
	}
	b.ReportMetric(float64(len(files)*b.N)/b.Elapsed().Seconds(), "files/s")
}
