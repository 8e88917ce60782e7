package cloudformation

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
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

// knownInvalid lists corpus templates outside bad/ that CloudFormation
// would reject too, with the error each must produce: duplicate keys, Rain
// modules (a pre-processor's Type: {Rain::Module: ...}) and SAM's own
// invalid-input fixtures.
var knownInvalid = map[string]string{
	"aws-cloudformation__aws-cloudformation-templates/CloudFormation/StackSets/common-resources.json":       "Type must be a string",
	"aws-cloudformation__aws-cloudformation-templates/Solutions/GitLab/GitLabServer.json":                   "Type must be a string",
	"aws-cloudformation__aws-cloudformation-templates/Solutions/GitLabAndVSCode/GitLabAndVSCode.json":       "Type must be a string",
	"aws-cloudformation__aws-cloudformation-templates/Solutions/Gitea/Gitea.json":                           "Type must be a string",
	"aws-cloudformation__aws-cloudformation-templates/Solutions/VSCode/VSCodeServer.json":                   "Type must be a string",
	"aws-samples__aws-devops-end-to-end-workshop/template/C9EnvironmentTemplate.yml":                        "duplicate key",
	"aws__serverless-application-model/tests/translator/input/error_connector.yaml":                         "has no Type",
	"aws__serverless-application-model/tests/translator/input/error_embedded_connectors.yaml":               "has no Type",
	"aws__serverless-application-model/tests/translator/input/error_resource_not_dict.yaml":                 "must be a mapping",
	"aws__serverless-application-model/tests/translator/input/resource_with_invalid_type.yaml":              "Type must be a string",
	"aws__serverless-application-model/tests/translator/input/unsupported_resources.yaml":                   "has no Type",
	"aws__serverless-application-model/tests/translator/output/resource_with_invalid_type.json":             "Type must be a string",
	"aws__serverless-application-model/tests/translator/output/unsupported_resources.json":                  "has no Type",
	"awslabs__aws-cloudformation-templates/aws/services/ServiceCatalog/Portfolio.yaml":                      "duplicate key",
	"awslabs__aws-cloudformation-templates/aws/solutions/CloudFrontCustomOriginLambda@Edge/CloudFront.yaml": "duplicate key",
}

func TestCorpus(t *testing.T) {
	files := corpusTemplates(t)
	var ok, badErrors, notes, falseCond int
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
		if err != nil {
			var pe *ParseError
			if strings.Contains(err.Error(), "panic") || !errors.As(err, &pe) {
				t.Errorf("%s: %v", f.path, err)
				continue
			}
			if want, ok := knownInvalid[f.path]; ok {
				if !strings.Contains(pe.Msg, want) {
					t.Errorf("%s: got %v, want an error containing %q", f.path, err, want)
				}
				badErrors++
				continue
			}
			if strings.Contains("/"+f.path, "/bad/") {
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
		checkRanges(t, f.path, f.src, tpl.Doc.Source)
	}
	t.Logf("%d templates: %d parsed, %d known invalid; %d notes, %d resources with a false condition", len(files), ok, badErrors, notes, falseCond)
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
