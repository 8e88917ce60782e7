package terraform

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/scanner/model"
)

// onePlan is the shape `terraform show -json` writes: one line.
const onePlan = `{"format_version":"1.2","planned_values":{"root_module":{"resources":[` +
	`{"address":"aws_s3_bucket.b","mode":"managed","type":"aws_s3_bucket","name":"b","values":{"bucket":"é-logs","tags":null}},` +
	`{"address":"aws_s3_bucket_versioning.v","mode":"managed","type":"aws_s3_bucket_versioning","name":"v","values":{"versioning_configuration":[{"status":"Enabled"}]}}]}},` +
	`"resource_changes":[{"address":"aws_s3_bucket_versioning.v","change":{"actions":["create"],"after_unknown":{"bucket":true,"id":true}}},` +
	`{"address":"aws_s3_bucket.b","change":{"actions":["create"],"after_unknown":{"arn":true,"acl":true}}}],` +
	`"configuration":{"root_module":{"resources":[{"address":"aws_s3_bucket_versioning.v","mode":"managed","type":"aws_s3_bucket_versioning","name":"v","expressions":{"bucket":{"references":["aws_s3_bucket.b.id","aws_s3_bucket.b"]}}}]}}}`

func TestReadPlan(t *testing.T) {
	cfg, err := ReadPlan(model.File{Path: "plan.json", Src: []byte(onePlan)})
	if err != nil {
		t.Fatal(err)
	}
	raw := cfg.Doc.Raw.(map[string]any)["resources"].(map[string]any)
	want := map[string]any{
		"aws_s3_bucket.b":            map[string]any{"bucket": "é-logs", "tags": nil, "arn": nil, "acl": nil},
		"aws_s3_bucket_versioning.v": map[string]any{"bucket": "aws_s3_bucket.b", "id": nil, "versioning_configuration": []any{map[string]any{"status": "Enabled"}}},
	}
	for addr, w := range want {
		if diff := cmp.Diff(w, raw[addr].(map[string]any)["values"]); diff != "" {
			t.Errorf("%s values (-want +got):\n%s", addr, diff)
		}
	}
	for _, r := range cfg.Resources {
		if r.Address == "aws_s3_bucket.b" && r.Values.GetAttr("arn").IsKnown() {
			t.Error("an after_unknown value must be unknown")
		}
	}
	// Columns count bytes: "é" is two.
	col := strings.Index(onePlan, `"bucket":"é-logs"`) + 1
	wantRng := model.Range{File: "plan.json", Start: model.Pos{Line: 1, Col: col}, End: model.Pos{Line: 1, Col: col + len(`"bucket":"é-logs"`)}}
	if diff := cmp.Diff(wantRng, cfg.Doc.Source["/resources/aws_s3_bucket.b/values/bucket"]); diff != "" {
		t.Errorf("range (-want +got):\n%s", diff)
	}
}

func TestPlanDetect(t *testing.T) {
	tests := []struct {
		name, src string
		want      model.Detection
	}{
		{"plan", onePlan, model.Claimed},
		{"package.json", `{"name": "x", "version": "1.0.0"}`, model.NotClaimed},
		{"template", `{"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}`, model.NotClaimed},
		{"state file", `{"format_version":"1.0","values":{}}`, model.NotClaimed},
		{"broken plan", `{"format_version":"1.2","planned_values":{`, model.Unsure},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := (&PlanReader{}).Detect("x.json", []byte(tt.src)); got != tt.want {
				t.Errorf("Detect = %v, want %v", got, tt.want)
			}
		})
	}
}
