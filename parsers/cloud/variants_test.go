package cloud

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestVariants(t *testing.T) {
	const tmpl = `
Parameters:
  Env: {Type: String}
  Enc: {Type: String}
Conditions:
  IsProd: {Fn::Equals: [{Ref: Env}, prod]}
  Encrypt: {Fn::Equals: [{Ref: Enc}, "yes"]}
  Never: {Fn::Equals: [a, b]}
Resources:
  B:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration:
        Status: {Fn::If: [IsProd, Enabled, Suspended]}
      BucketEncryption:
        Fn::If:
          - Encrypt
          - ServerSideEncryptionConfiguration:
              - ServerSideEncryptionByDefault: {SSEAlgorithm: AES256}
          - Ref: AWS::NoValue
  Skipped:
    Type: AWS::S3::Bucket
    Condition: Never
`
	v := adapt(t, tmpl, map[string]bool{"Skipped": true})
	const p = "/Resources/B/Properties"
	const alg = p + "/BucketEncryption/Fn::If/1/ServerSideEncryptionConfiguration/0/ServerSideEncryptionByDefault/SSEAlgorithm"
	want := []map[string]any{
		{"variant": "Encrypt=true,IsProd=true", "versioning.enabled": w(true, p+"/VersioningConfiguration/Status/Fn::If/1"), "encryption.enabled": w(true, alg)},
		{"variant": "Encrypt=true,IsProd=false", "versioning.enabled": w(false, p+"/VersioningConfiguration/Status/Fn::If/2"), "encryption.enabled": w(true, alg)},
		{"variant": "Encrypt=false,IsProd=true", "versioning.enabled": w(true, p+"/VersioningConfiguration/Status/Fn::If/1"), "encryption.enabled": d(true, "/Resources/B")},
		{"variant": "Encrypt=false,IsProd=false", "versioning.enabled": w(false, p+"/VersioningConfiguration/Status/Fn::If/2"), "encryption.enabled": d(true, "/Resources/B")},
	}
	var got []map[string]any
	for i := range at(t, v, "s3.buckets").([]any) {
		b := at(t, v, "s3.buckets."+itoa(i)).(map[string]any)
		if b["resource"] != "B" {
			t.Errorf("bucket %d is %v, want only B", i, b["resource"])
		}
		got = append(got, map[string]any{
			"variant":            b["variant"],
			"versioning.enabled": at(t, b, "versioning.enabled"),
			"encryption.enabled": at(t, b, "encryption.enabled"),
		})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("variants (-want +got):\n%s", diff)
	}
}

func TestVariantsBeyondLimit(t *testing.T) {
	const tmpl = `
Resources:
  T:
    Type: AWS::DynamoDB::Table
    Properties:
      TableName: {Fn::If: [A, a, b]}
      SSESpecification:
        SSEEnabled: {Fn::If: [B, true, false]}
        KMSMasterKeyId: {Fn::If: [C, k, {Ref: AWS::NoValue}]}
      PointInTimeRecoverySpecification:
        PointInTimeRecoveryEnabled: {Fn::If: [D, true, false]}
`
	v := adapt(t, tmpl, nil)
	tables := at(t, v, "dynamodb.tables").([]any)
	if len(tables) != 8 {
		t.Fatalf("got %d variants, want 8", len(tables))
	}
	last := tables[7].(map[string]any)
	const p = "/Resources/T/Properties"
	want := map[string]any{
		"variant":                "A=false,B=false,C=false",
		"name":                   w("b", p+"/TableName/Fn::If/2"),
		"sse_enabled":            w(false, p+"/SSESpecification/SSEEnabled/Fn::If/2"),
		"kms_key":                d(nil, p+"/SSESpecification"),
		"point_in_time_recovery": u(p + "/PointInTimeRecoverySpecification/PointInTimeRecoveryEnabled"),
	}
	got := map[string]any{}
	for k := range want {
		got[k] = last[k]
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("last variant (-want +got):\n%s", diff)
	}
}

func TestFalseConditionSkipped(t *testing.T) {
	v := adapt(t, `
Parameters:
  Env: {Type: String}
Conditions:
  Maybe: {Fn::Equals: [{Ref: Env}, prod]}
  Never: {Fn::Not: [{Fn::Equals: [a, a]}]}
Resources:
  Kept: {Type: AWS::Logs::LogGroup, Condition: Maybe}
  Gone: {Type: AWS::Logs::LogGroup, Condition: Never}
`, map[string]bool{"Gone": true})
	var got []any
	for _, g := range at(t, v, "logs.log_groups").([]any) {
		got = append(got, g.(map[string]any)["resource"])
	}
	if diff := cmp.Diff([]any{"Kept"}, got); diff != "" {
		t.Errorf("log groups (-want +got):\n%s", diff)
	}
}

func TestEmptyView(t *testing.T) {
	for _, raw := range []any{nil, "text", map[string]any{}, map[string]any{"Resources": []any{1}}} {
		v := CloudFormation(nil, nil)
		if raw != nil {
			v = CloudFormation(testDocRaw(raw), nil)
		}
		if diff := cmp.Diff([]any{}, at(t, v, "s3.buckets")); diff != "" {
			t.Errorf("%v: buckets (-want +got):\n%s", raw, diff)
		}
		if want := len(services()); len(v) != want {
			t.Errorf("%v: %d service keys, want %d", raw, len(v), want)
		}
	}
}
