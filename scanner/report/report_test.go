package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/scanner/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// appYAML is a CloudFormation template; the tests' findings point into it.
const appYAML = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: logs
  Role:
    Type: AWS::IAM::Role
    Properties:
      Policies:
        - PolicyDocument:
            Statement:
              - Effect: Allow
                Action: "*"
                Resource: "*"
  Archive:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: archive
`

const dockerfile = "FROM alpine:latest\nRUN apk add curl \\\n\t&& echo <done>\n"

const workflow = "name: ci\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - name: \"d\u00e9ploiement \U0001F680\"\n        uses: actions/checkout@main\n"

// fixture is a result with something of everything: findings of every
// severity, a warning, a suppressed finding, a finding whose source is
// missing, errors of every kind and a note.
func fixture() *model.Result {
	return &model.Result{
		Rules: []model.Rule{
			{
				ID: "GHA-003", Title: "Action not pinned to a commit", Severity: model.SeverityLow,
				Description: "A third-party action referenced by branch or tag can change under you.",
				Remediation: "Pin the action to a full commit SHA.",
				Kinds:       []model.Kind{model.KindGitHubWorkflow}, Frameworks: []string{"devops/supply-chain"},
				Package: "shipgate.gha.pinned", File: "policies/gha/pinned.rego", Builtin: true,
			},
			{
				ID: "AWS-S3-001", Title: "S3 bucket without server-side encryption", Severity: model.SeverityHigh,
				Description: "Objects written to the bucket are not encrypted at rest by default.",
				Remediation: "Add BucketEncryption with an SSE-S3 or SSE-KMS rule.",
				Kinds:       []model.Kind{model.KindCloudFormation, model.KindTerraform},
				Frameworks:  []string{"AWS-FSBP S3.4", "CIS-AWS 2.1.1"},
				Aliases:     []string{"CKV_AWS_19", "AVD-AWS-0088"},
				Package:     "shipgate.aws.s3_encryption", File: "policies/aws/s3_encryption.rego", Builtin: true,
			},
			{
				ID: "AWS-IAM-002", Title: "IAM policy allows all actions on all resources", Severity: model.SeverityCritical,
				Description: "A statement with Action \"*\" and Resource \"*\" grants full administrator access.",
				Kinds:       []model.Kind{model.KindCloudFormation},
				Package:     "shipgate.aws.iam_wildcard", File: "policies/aws/iam_wildcard.rego", Builtin: true,
			},
			{
				ID: "DOCKER-005", Title: "Image uses the latest tag", Severity: model.SeverityMedium,
				Kinds:   []model.Kind{model.KindDockerfile},
				Package: "shipgate.docker.latest", File: "custom/latest.rego",
			},
			{
				ID: "INFO-001", Title: "Template has no description", Severity: model.SeverityInfo,
				Kinds:   []model.Kind{model.KindCloudFormation},
				Package: "shipgate.aws.description", File: "policies/aws/description.rego", Builtin: true,
			},
		},
		Findings: []model.Finding{
			{
				RuleID: "GHA-003", Severity: model.SeverityLow,
				Message: `action "actions/checkout@main" is not pinned; pin it to a commit SHA`,
				Range: model.Range{File: ".github/workflows/ci.yml",
					Start: model.Pos{Line: 8, Col: 15}, End: model.Pos{Line: 8, Col: 35}},
				Resource: "build", Attribute: "/jobs/build/steps/0/uses", Fingerprint: "f-gha",
			},
			{
				RuleID: "DOCKER-005", Severity: model.SeverityMedium, Warning: true,
				Message: `image "alpine:latest" uses the latest tag; pin a version or <digest>`,
				Range: model.Range{File: "Dockerfile",
					Start: model.Pos{Line: 1, Col: 6}, End: model.Pos{Line: 1, Col: 19}},
				Fingerprint: "f-docker",
			},
			{
				RuleID: "AWS-S3-001", Severity: model.SeverityHigh,
				Message: `bucket "Logs" has no server-side encryption; add BucketEncryption`,
				Range: model.Range{File: "templates/app.yaml",
					Start: model.Pos{Line: 6, Col: 7}, End: model.Pos{Line: 6, Col: 17}},
				Resource: "Logs", Attribute: "/Resources/Logs/Properties", Fingerprint: "f-logs",
			},
			{
				RuleID: "AWS-IAM-002", Severity: model.SeverityCritical,
				Message: `role "Role" allows "*" on "*"; list the actions and resources it needs`,
				Range: model.Range{File: "templates/app.yaml",
					Start: model.Pos{Line: 13, Col: 17}, End: model.Pos{Line: 16, Col: 1}},
				Resource: "Role", Attribute: "/Resources/Role/Properties/Policies/0", Fingerprint: "f-role",
			},
			{
				RuleID: "AWS-S3-001", Severity: model.SeverityHigh,
				Message: `bucket "Archive" has no server-side encryption; add BucketEncryption`,
				Range: model.Range{File: "templates/app.yaml",
					Start: model.Pos{Line: 20, Col: 7}, End: model.Pos{Line: 20, Col: 17}},
				Resource: "Archive", Fingerprint: "f-archive",
				Suppression: &model.Suppression{Kind: "inline", Justification: "archive holds public data"},
			},
			{
				RuleID: "INFO-001", Severity: model.SeverityInfo,
				Message: "template has no Description; add one",
				Range: model.Range{File: "templates/other.yaml",
					Start: model.Pos{Line: 1, Col: 1}},
				Fingerprint: "f-info",
				Suppression: &model.Suppression{Kind: "baseline"},
			},
			{
				RuleID: "AWS-S3-001", Severity: model.SeverityHigh,
				Message: `bucket "Data" has no server-side encryption; add BucketEncryption`,
				Range: model.Range{File: "templates/other.yaml",
					Start: model.Pos{Line: 4, Col: 5}, End: model.Pos{Line: 4, Col: 9}},
				Resource: "Data", Fingerprint: "f-data", Condition: "IsProd",
			},
		},
		Errors: []model.FileError{
			{Path: "templates/broken.yaml", Kind: "parse", Message: "mapping values are not allowed in this context",
				Range: &model.Range{File: "templates/broken.yaml", Start: model.Pos{Line: 3, Col: 9}}},
			{Path: "templates/locked.json", Kind: "read", Message: "open templates/locked.json: permission denied"},
			{Path: "notes.txt", Kind: "skipped", Message: "not a supported input"},
			{Path: "templates/app.yaml", Kind: "policy", Message: "shipgate.aws.iam_wildcard: eval_conflict_error"},
		},
		Notes: []model.Note{
			{Range: model.Range{File: "templates/app.yaml", Start: model.Pos{Line: 17, Col: 5}, End: model.Pos{Line: 17, Col: 9}},
				Message: `unknown resource type "Custom::Thing"; only the raw view covers it`},
		},
		Scanned: []model.ScannedFile{
			{Path: ".github/workflows/ci.yml", Kind: model.KindGitHubWorkflow},
			{Path: "Dockerfile", Kind: model.KindDockerfile},
			{Path: "templates/app.yaml", Kind: model.KindCloudFormation},
			{Path: "templates/other.yaml", Kind: model.KindCloudFormation},
		},
		Sources: map[string][]byte{
			".github/workflows/ci.yml": []byte(workflow),
			"Dockerfile":               []byte(dockerfile),
			"templates/app.yaml":       []byte(appYAML),
			// templates/other.yaml is missing on purpose: no snippet.
		},
	}
}

// empty is a scan that found nothing and has nothing to say.
func empty() *model.Result { return &model.Result{} }

// cleanWithRules is a scan with rules loaded and files scanned but no
// findings, errors or notes.
func cleanWithRules() *model.Result {
	r := fixture()
	r.Findings, r.Errors, r.Notes, r.Sources = nil, nil, nil, nil
	return r
}

type goldenCase struct {
	name   string
	format string
	res    func() *model.Result
	opts   Options
}

var goldenCases = []goldenCase{
	{"text", "text", fixture, Options{Version: "1.2.3", FailOn: model.SeverityHigh}},
	{"text-color", "text", fixture, Options{Version: "1.2.3", FailOn: model.SeverityHigh, Color: true}},
	{"text-empty", "text", empty, Options{}},
	{"json", "json", fixture, Options{Version: "1.2.3"}},
	{"json-empty", "json", empty, Options{Version: "1.2.3"}},
	{"sarif", "sarif", fixture, Options{Version: "1.2.3"}},
	{"sarif-empty", "sarif", empty, Options{}},
	{"sarif-clean", "sarif", cleanWithRules, Options{Version: "1.2.3"}},
}

func TestGolden(t *testing.T) {
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			got := render(t, tc.format, tc.res(), tc.opts)
			if again := render(t, tc.format, tc.res(), tc.opts); !bytes.Equal(got, again) {
				t.Fatalf("two runs on the same input differ:\n%s\n---\n%s", got, again)
			}
			path := filepath.Join("testdata", tc.name+".golden")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("%s output differs from %s (-want +got):\n%s", tc.format, path, diff)
			}
		})
	}
}

func render(t *testing.T, format string, res *model.Result, opts Options) []byte {
	t.Helper()
	write, ok := Formats[format]
	if !ok {
		t.Fatalf("no format %q", format)
	}
	var buf bytes.Buffer
	if err := write(&buf, res, opts); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return buf.Bytes()
}

func TestFormatNames(t *testing.T) {
	if diff := cmp.Diff([]string{"asff", "github", "html", "json", "junit", "markdown", "sarif", "text"}, FormatNames()); diff != "" {
		t.Errorf("FormatNames (-want +got):\n%s", diff)
	}
}

// errWriter fails every write, to check that writers report it.
type errWriter struct{}

func (errWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestWriteErrors(t *testing.T) {
	for name, write := range Formats {
		t.Run(name, func(t *testing.T) {
			if err := write(errWriter{}, fixture(), Options{}); err == nil {
				t.Error("got no error from a failing writer")
			}
		})
	}
}

func TestJSONContent(t *testing.T) {
	res := fixture()
	res.Findings = append(res.Findings, model.Finding{RuleID: "GONE-1", Severity: model.SeverityLow, Message: "rule not loaded"})
	var doc struct {
		Schema   string `json:"schema"`
		Findings []struct {
			RuleID string `json:"rule_id"`
			Title  string `json:"title"`
		} `json:"findings"`
		Rules []struct {
			ID string `json:"id"`
		} `json:"rules"`
		Summary map[string]any `json:"summary"`
	}
	if err := json.Unmarshal(render(t, "json", res, Options{}), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Schema != JSONSchemaID {
		t.Errorf("schema = %q, want %q", doc.Schema, JSONSchemaID)
	}
	last := doc.Findings[len(doc.Findings)-1]
	if last.RuleID != "GONE-1" || last.Title != "" {
		t.Errorf("finding of an unknown rule = %+v, want rule_id GONE-1 and no title", last)
	}
	var ids []string
	for _, r := range doc.Rules {
		ids = append(ids, r.ID)
	}
	// Only rules with findings, sorted; INFO-001 has a (suppressed) one.
	if diff := cmp.Diff([]string{"AWS-IAM-002", "AWS-S3-001", "DOCKER-005", "GHA-003", "INFO-001"}, ids); diff != "" {
		t.Errorf("rules (-want +got):\n%s", diff)
	}
	want := map[string]any{
		"files_scanned": 4.0, "files_not_scanned": 3.0, "files_partly_scanned": 0.0, "findings": 5.0,
		"by_severity": map[string]any{"critical": 1.0, "high": 2.0, "medium": 0.0, "low": 2.0, "info": 0.0},
		"warnings":    1.0, "suppressed": 2.0, "errors": 4.0, "incomplete": true,
	}
	if diff := cmp.Diff(want, doc.Summary); diff != "" {
		t.Errorf("summary (-want +got):\n%s", diff)
	}
}
