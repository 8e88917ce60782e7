package report

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/scanner/model"
)

func asffOptions() Options {
	return Options{Version: "1.2.3", ASFF: ASFFOptions{
		Account: "123456789012",
		Region:  "eu-west-1",
		Now:     time.Date(2026, 12, 1, 9, 30, 0, 0, time.UTC),
	}}
}

func TestASFFGolden(t *testing.T) {
	bundled := func() *model.Result {
		r := fixture()
		r.Bundle = &model.Bundle{Path: "org.tar.gz", Revision: "2026.12.1", Roots: []string{"shipgate/org"}, Signed: true}
		return r
	}
	withSource := asffOptions()
	withSource.ASFF.Source = "acme/infra"
	for _, tc := range []goldenCase{
		{"asff", "asff", fixture, asffOptions()},
		{"asff-bundle-source", "asff", bundled, withSource},
		{"asff-empty", "asff", empty, asffOptions()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := render(t, tc.format, tc.res(), tc.opts)
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
				t.Errorf("output differs from %s (-want +got):\n%s", path, diff)
			}
		})
	}
}

// asffRFC3339 is the timestamp form Security Hub accepts (the API
// reference's "Timestamps"): RFC 3339 with at most 9 fractional digits.
var asffRFC3339 = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}(:?\d{2})?)$`)

// validateASFF checks one finding against the required attributes of the
// AWS Security Finding Format and the value constraints of the Security
// Hub API reference (AwsSecurityFinding, Severity, Resource, Compliance,
// Workflow, Remediation), returning every violation.
func validateASFF(f map[string]any) []string {
	var bad []string
	fail := func(format string, args ...any) { bad = append(bad, fmt.Sprintf(format, args...)) }
	str := func(key string, min, max int) string {
		v, ok := f[key].(string)
		switch {
		case !ok:
			fail("%s missing or not a string", key)
		case strings.TrimSpace(v) == "":
			fail("%s is blank", key)
		case utf8.RuneCountInString(v) < min || len(v) > max:
			fail("%s has length %d, want %d..%d", key, len(v), min, max)
		case !utf8.ValidString(v):
			fail("%s is not UTF-8", key)
		}
		return v
	}
	if str("SchemaVersion", 1, 64) != "2018-10-08" {
		fail("SchemaVersion %v", f["SchemaVersion"])
	}
	if id := str("Id", 1, ASFFMaxID); !regexp.MustCompile(`^\S+$`).MatchString(id) {
		fail("Id %q has white space", id)
	}
	account := str("AwsAccountId", 12, 12)
	if !regexp.MustCompile(`^\d{12}$`).MatchString(account) {
		fail("AwsAccountId %q", account)
	}
	arn := str("ProductArn", 1, 2048)
	if want := regexp.MustCompile(`^arn:aws(-cn|-us-gov)?:securityhub:[a-z0-9-]+:(\d{12}):product/(\d{12})/default$`); !want.MatchString(arn) {
		fail("ProductArn %q is not a custom integration ARN", arn)
	} else if m := want.FindStringSubmatch(arn); m[2] != account || m[3] != account {
		fail("ProductArn %q is not of account %s", arn, account)
	}
	str("GeneratorId", 1, ASFFMaxID)
	str("Title", 1, ASFFMaxTitle)
	str("Description", 1, ASFFMaxDescription)
	for _, k := range []string{"CreatedAt", "UpdatedAt"} {
		if v := str(k, 1, 64); !asffRFC3339.MatchString(v) {
			fail("%s %q is not an RFC 3339 timestamp", k, v)
		} else if _, err := time.Parse(time.RFC3339Nano, v); err != nil {
			fail("%s %q: %v", k, v, err)
		}
	}
	types, ok := f["Types"].([]any)
	if !ok || len(types) == 0 || len(types) > ASFFMaxTypes {
		fail("Types %v: want 1..%d types", f["Types"], ASFFMaxTypes)
	}
	namespaces := []string{"Software and Configuration Checks", "TTPs", "Effects", "Unusual Behaviors", "Sensitive Data Identifications"}
	for _, t := range types {
		s, _ := t.(string)
		parts := strings.Split(s, "/")
		if len(parts) > 3 || !slices.Contains(namespaces, parts[0]) {
			fail("type %q is not namespace/category/classifier", s)
		}
	}
	sev, _ := f["Severity"].(map[string]any)
	if !slices.Contains([]any{"INFORMATIONAL", "LOW", "MEDIUM", "HIGH", "CRITICAL"}, sev["Label"]) {
		fail("Severity.Label %v", sev["Label"])
	}
	res, ok := f["Resources"].([]any)
	if !ok || len(res) == 0 || len(res) > 32 {
		fail("Resources: want 1..32, got %v", f["Resources"])
	}
	for _, r := range res {
		r, _ := r.(map[string]any)
		if s, _ := r["Type"].(string); s == "" {
			fail("resource without Type")
		}
		if s, _ := r["Id"].(string); strings.TrimSpace(s) == "" || len(s) > ASFFMaxID {
			fail("resource Id %q", s)
		}
		details, _ := r["Details"].(map[string]any)
		other, _ := details["Other"].(map[string]any)
		for k, v := range other {
			if s, _ := v.(string); len(k) > ASFFMaxFieldKey || strings.TrimSpace(s) == "" || len(s) > ASFFMaxFieldValue {
				fail("Details.Other %q = %q", k, s)
			}
		}
	}
	if pf, ok := f["ProductFields"].(map[string]any); ok {
		if len(pf) > 50 {
			fail("%d ProductFields, at most 50", len(pf))
		}
		for k, v := range pf {
			if s, _ := v.(string); len(k) > ASFFMaxFieldKey || strings.TrimSpace(s) == "" || len(s) > 2048 {
				fail("ProductFields %q = %q", k, s)
			}
		}
	}
	comp, _ := f["Compliance"].(map[string]any)
	if !slices.Contains([]any{"PASSED", "WARNING", "FAILED", "NOT_AVAILABLE"}, comp["Status"]) {
		fail("Compliance.Status %v", comp["Status"])
	}
	if reqs, _ := comp["RelatedRequirements"].([]any); len(reqs) > ASFFMaxRequirements {
		fail("%d RelatedRequirements, at most %d", len(reqs), ASFFMaxRequirements)
	}
	if wf, _ := f["Workflow"].(map[string]any); !slices.Contains([]any{"NEW", "NOTIFIED", "RESOLVED", "SUPPRESSED"}, wf["Status"]) {
		fail("Workflow.Status %v", wf["Status"])
	}
	if !slices.Contains([]any{"ACTIVE", "ARCHIVED"}, f["RecordState"]) {
		fail("RecordState %v", f["RecordState"])
	}
	if rem, ok := f["Remediation"].(map[string]any); ok {
		rec, _ := rem["Recommendation"].(map[string]any)
		if s, _ := rec["Text"].(string); strings.TrimSpace(s) == "" || len(s) > ASFFMaxRemediation {
			fail("Remediation.Recommendation.Text %q", s)
		}
	}
	return bad
}

// long is a result whose values exceed every ASFF limit: a long title,
// message and remediation with multi-byte characters at the cut, more
// frameworks than RelatedRequirements takes, two findings sharing one
// fingerprint and one without a resource or fingerprint.
func long() *model.Result {
	frameworks := make([]string, 40)
	for i := range frameworks {
		frameworks[i] = "aws-fsbp S3." + strings.Repeat("1", i%3+1)
	}
	rule := model.Rule{
		ID: "ORG-001", Title: strings.Repeat("é", 300), Severity: model.SeverityCritical,
		Remediation: strings.Repeat("fix ✓ ", 200), Frameworks: append(frameworks, "cis-aws-3.0 2.1.1", "my own control"),
	}
	msg := strings.Repeat("bucket \"日本\" ", 200) + "\x00\xff end"
	r := model.Range{File: "main.tf", Start: model.Pos{Line: 3, Col: 1}}
	return &model.Result{
		Rules: []model.Rule{rule, {ID: "BLANK", Severity: model.SeverityInfo}},
		Findings: []model.Finding{
			{RuleID: "ORG-001", Severity: model.SeverityCritical, Message: msg, Range: r, Resource: "aws_s3_bucket.x", Fingerprint: "abc"},
			{RuleID: "ORG-001", Severity: model.SeverityCritical, Message: msg, Range: r, Resource: "aws_s3_bucket.x", Fingerprint: "abc"},
			{RuleID: "BLANK", Severity: model.SeverityInfo, Message: "  ", Range: model.Range{File: "a b/Dockerfile"}},
		},
		Scanned: []model.ScannedFile{{Path: "main.tf", Kind: model.KindTerraform}},
	}
}

func TestASFFValid(t *testing.T) {
	for name, res := range map[string]*model.Result{"fixture": fixture(), "hostile": hostile(), "long": long()} {
		t.Run(name, func(t *testing.T) {
			var findings []map[string]any
			out := render(t, "asff", res, asffOptions())
			if err := json.Unmarshal(out, &findings); err != nil {
				t.Fatalf("not a JSON list: %v", err)
			}
			if len(findings) != len(res.Findings) {
				t.Fatalf("%d findings, want %d", len(findings), len(res.Findings))
			}
			ids := map[string]bool{}
			for i, f := range findings {
				for _, msg := range validateASFF(f) {
					t.Errorf("finding %d: %s", i, msg)
				}
				id := f["Id"].(string)
				if ids[id] {
					t.Errorf("finding %d: Id %q repeats", i, id)
				}
				ids[id] = true
			}
		})
	}
}

func TestASFFContent(t *testing.T) {
	var findings []struct {
		ID        string
		Title     string
		Severity  struct{ Label string }
		Types     []string
		Workflow  struct{ Status string }
		Resources []struct {
			ID      string `json:"Id"`
			Details struct{ Other map[string]string }
		}
		Compliance struct {
			Status              string
			RelatedRequirements []string
		}
	}
	if err := json.Unmarshal(render(t, "asff", long(), asffOptions()), &findings); err != nil {
		t.Fatal(err)
	}
	if got := findings[1].ID; got != "shipgate/abc/2" {
		t.Errorf("second finding of one fingerprint: Id %q, want shipgate/abc/2", got)
	}
	if n := len(findings[0].Compliance.RelatedRequirements); n != ASFFMaxRequirements {
		t.Errorf("%d related requirements, want the first %d", n, ASFFMaxRequirements)
	}
	if got := findings[0].Compliance.RelatedRequirements[0]; got != "AWS Foundational Security Best Practices v1.0.0/S3.1" {
		t.Errorf("related requirement %q", got)
	}
	wantTypes := []string{
		"Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark",
		"Software and Configuration Checks/Industry and Regulatory Standards/AWS-Foundational-Security-Best-Practices",
	}
	if diff := cmp.Diff(wantTypes, findings[0].Types); diff != "" {
		t.Errorf("types (-want +got):\n%s", diff)
	}
	if got := findings[2].Types; !slices.Equal(got, []string{asffDefaultType}) {
		t.Errorf("a rule without frameworks: types %q", got)
	}
	if got := findings[0].Resources[0].Details.Other; got["file"] != "main.tf" || got["line"] != "3" || got["kind"] != "terraform" || got["resource"] != "aws_s3_bucket.x" {
		t.Errorf("Details.Other %v", got)
	}
	if got := findings[2].Title; got != "BLANK" {
		t.Errorf("a rule without a title: Title %q, want its id", got)
	}
	if got := findings[2].Resources[0].ID; got != "a b/Dockerfile" {
		t.Errorf("a finding without a resource: resource Id %q, want its file", got)
	}
	if !strings.HasSuffix(findings[0].Title, "…") || !utf8.ValidString(findings[0].Title) {
		t.Errorf("long title not cut cleanly: %q", findings[0].Title)
	}

	// Suppressed and baselined findings are imported as suppressed,
	// advisories as warnings.
	var fx []struct {
		GeneratorID string `json:"GeneratorId"`
		Workflow    struct{ Status string }
		Compliance  struct{ Status string }
	}
	res := fixture()
	res.Findings[0].Baseline = model.BaselineUnchanged
	if err := json.Unmarshal(render(t, "asff", res, asffOptions()), &fx); err != nil {
		t.Fatal(err)
	}
	var states []string
	for _, f := range fx {
		states = append(states, f.GeneratorID+" "+f.Workflow.Status+" "+f.Compliance.Status)
	}
	want := []string{
		"GHA-003 SUPPRESSED FAILED", "DOCKER-005 NEW WARNING", "AWS-S3-001 NEW FAILED", "AWS-IAM-002 NEW FAILED",
		"AWS-S3-001 SUPPRESSED FAILED", "INFO-001 SUPPRESSED FAILED", "AWS-S3-001 NEW FAILED",
	}
	if diff := cmp.Diff(want, states); diff != "" {
		t.Errorf("states (-want +got):\n%s", diff)
	}
}

func TestASFFOptions(t *testing.T) {
	for _, tc := range []struct {
		name string
		o    ASFFOptions
		want string // part of the error; empty for none
	}{
		{"valid", ASFFOptions{Account: "123456789012", Region: "us-east-1"}, ""},
		{"gov", ASFFOptions{Account: "123456789012", Region: "us-gov-west-1", Source: "org/repo"}, ""},
		{"no account", ASFFOptions{Region: "us-east-1"}, "--asff-account is required"},
		{"short account", ASFFOptions{Account: "12345", Region: "us-east-1"}, "12-digit"},
		{"letters", ASFFOptions{Account: "12345678901x", Region: "us-east-1"}, "12-digit"},
		{"no region", ASFFOptions{Account: "123456789012"}, "--asff-region is required"},
		{"bad region", ASFFOptions{Account: "123456789012", Region: "Europe"}, "want an AWS Region"},
		{"bad source", ASFFOptions{Account: "123456789012", Region: "us-east-1", Source: "a b"}, "--asff-source"},
		{"longest source", ASFFOptions{Account: "123456789012", Region: "us-east-1", Source: strings.Repeat("a", 200)}, ""},
		{"long source", ASFFOptions{Account: "123456789012", Region: "us-east-1", Source: strings.Repeat("a", 201)}, "--asff-source"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.o.Validate()
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("unexpected error: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
	if got := (ASFFOptions{Account: "123456789012", Region: "cn-north-1"}).ProductARN(); got != "arn:aws-cn:securityhub:cn-north-1:123456789012:product/123456789012/default" {
		t.Errorf("China product ARN %q", got)
	}
}

func TestTruncate(t *testing.T) {
	for _, tc := range []struct {
		s    string
		max  int
		want string
	}{
		{"short", 10, "short"},
		{"abcdefghij", 10, "abcdefghij"},
		{"abcdefghijk", 10, "abcdefg…"},
		{"ééééé", 8, "éé…"},
		{"a\xffb", 10, "a\uFFFDb"},
	} {
		if got := truncate(tc.s, tc.max); got != tc.want || len(got) > tc.max || !utf8.ValidString(got) {
			t.Errorf("truncate(%q, %d) = %q, want %q", tc.s, tc.max, got, tc.want)
		}
	}
}
