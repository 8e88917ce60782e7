package scanner

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/scanner/model"
)

func TestCompliance(t *testing.T) {
	aws := model.AWSKinds
	rules := []model.Rule{
		{ID: "A-1", Kinds: aws, Reads: []string{"s3.buckets"}, Frameworks: []string{"aws-fsbp S3.1", "devops hardening"}},
		{ID: "A-2", Kinds: aws, Reads: []string{"s3"}, Frameworks: []string{"aws-fsbp S3.1"}},
		{ID: "A-3", Kinds: aws, Frameworks: []string{"aws-fsbp S3.10"}}, // reads the input whole
		{ID: "A-4", Kinds: aws, Reads: []string{"rds.instances"}, Frameworks: []string{"aws-fsbp RDS.2"}},
		{ID: "D-1", Kinds: []model.Kind{model.KindDockerfile}, Frameworks: []string{"aws-fsbp S3.1", "not a control"}},
	}
	docs := []examined{
		{path: "a.yaml", kind: model.KindCloudFormation,
			objects:  map[string][]string{"s3.buckets": {"Logs", "Data", "Open"}, "s3.access_points": {"Point"}},
			findings: map[string]ruleResource{"f1": {"A-1", "Logs"}, "f2": {"A-2", "Data"}, "f3": {"A-1", "Open"}, "f4": {"A-3", "Logs"}, "f5": {"A-2", "Point"}}},
		{path: "b.tf", kind: model.KindTerraform, objects: map[string][]string{"s3.buckets": {"aws_s3_bucket.x"}}},
	}
	findings := []model.Finding{
		{Fingerprint: "f1"}, // fails Logs
		{Fingerprint: "f2", Suppression: &model.Suppression{}}, // Data accepted
		{Fingerprint: "f3", Warning: true},                     // a warning never fails
		{Fingerprint: "f4"},                                    // a whole-input rule fails its document
		{Fingerprint: "f5"},
	}
	got := compliance(rules, docs, findings, []string{"aws-fsbp"})
	title := "AWS Foundational Security Best Practices v1.0.0"
	want := []model.ControlResult{
		{Control: model.Control{Framework: "aws-fsbp", ID: "RDS.2"}, Title: title, Rules: []string{"A-4"}, Status: model.ControlNotApplicable,
			ByRule: []model.RuleCounts{{ID: "A-4"}}},
		// a.yaml: Logs and Point failed, Data suppressed, Open passed; b.tf:
		// its bucket passed. By rule: A-1 examined the buckets (Logs
		// failed; Open's warning does not fail it), A-2 the buckets and
		// the access point (Point failed, Data suppressed), D-1 nothing.
		{Control: model.Control{Framework: "aws-fsbp", ID: "S3.1"}, Title: title, Rules: []string{"A-1", "A-2", "D-1"}, Failed: 2, Suppressed: 1, Passed: 2, Status: model.ControlFailed,
			ByRule: []model.RuleCounts{{ID: "A-1", Failed: 1, Passed: 3}, {ID: "A-2", Failed: 1, Suppressed: 1, Passed: 3}, {ID: "D-1"}}},
		{Control: model.Control{Framework: "aws-fsbp", ID: "S3.10"}, Title: title, Rules: []string{"A-3"}, Failed: 1, Passed: 1, Status: model.ControlFailed,
			ByRule: []model.RuleCounts{{ID: "A-3", Failed: 1, Passed: 1}}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got := compliance(rules, docs, findings, []string{"devops"}); len(got) != 1 || got[0].ID != "hardening" || got[0].Failed != 1 || got[0].Passed != 3 {
		t.Errorf("devops: %+v", got)
	}
}
