package cloud

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestS3Bucket(t *testing.T) {
	const p = "/Resources/B/Properties"
	tests := []struct {
		name string
		tmpl string
		want map[string]any // path inside the first bucket → attribute
	}{
		{
			name: "defaults at the resource",
			tmpl: `
Resources:
  B: {Type: AWS::S3::Bucket}`,
			want: map[string]any{
				"name": d(nil, "/Resources/B"),
				// S3 encrypts every new object (SSE-S3) since 2023-01-05 and
				// turns every setting of the public access block on for new
				// buckets since April 2023.
				"encryption.enabled":                          d(true, "/Resources/B"),
				"encryption.algorithm":                        d("AES256", "/Resources/B"),
				"encryption.kms_key":                          d(nil, "/Resources/B"),
				"versioning.enabled":                          d(false, "/Resources/B"),
				"public_access_block.present":                 d(false, "/Resources/B"),
				"public_access_block.block_public_acls":       d(true, "/Resources/B"),
				"public_access_block.block_public_policy":     d(true, "/Resources/B"),
				"public_access_block.ignore_public_acls":      d(true, "/Resources/B"),
				"public_access_block.restrict_public_buckets": d(true, "/Resources/B"),
				"logging.enabled":                             d(false, "/Resources/B"),
				"acl":                                         d("Private", "/Resources/B"),
				"policies":                                    d([]any{}, "/Resources/B"),
				"deletion_policy":                             d("Delete", "/Resources/B"),
			},
		},
		{
			name: "written",
			tmpl: `
Resources:
  B:
    Type: AWS::S3::Bucket
    DeletionPolicy: Retain
    Properties:
      BucketName: logs
      AccessControl: LogDeliveryWrite
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: {Fn::GetAtt: [Key, Arn]}
      VersioningConfiguration: {Status: Suspended}
      PublicAccessBlockConfiguration:
        BlockPublicAcls: "true"
        BlockPublicPolicy: true
        IgnorePublicAcls: {Ref: Flag}
      LoggingConfiguration:
        DestinationBucketName: {Ref: Target}
  Target: {Type: AWS::S3::Bucket}
  Key: {Type: AWS::KMS::Key}`,
			want: map[string]any{
				"name":                                        w("logs", p+"/BucketName"),
				"acl":                                         w("LogDeliveryWrite", p+"/AccessControl"),
				"encryption.enabled":                          w(true, p+"/BucketEncryption/ServerSideEncryptionConfiguration/0/ServerSideEncryptionByDefault/SSEAlgorithm"),
				"encryption.algorithm":                        w("aws:kms", p+"/BucketEncryption/ServerSideEncryptionConfiguration/0/ServerSideEncryptionByDefault/SSEAlgorithm"),
				"encryption.kms_key":                          u(p + "/BucketEncryption/ServerSideEncryptionConfiguration/0/ServerSideEncryptionByDefault/KMSMasterKeyID"),
				"versioning.enabled":                          w(false, p+"/VersioningConfiguration/Status"),
				"versioning.mfa_delete":                       d(false, p+"/VersioningConfiguration"),
				"public_access_block.present":                 w(true, p+"/PublicAccessBlockConfiguration"),
				"public_access_block.block_public_acls":       w(true, p+"/PublicAccessBlockConfiguration/BlockPublicAcls"),
				"public_access_block.block_public_policy":     w(true, p+"/PublicAccessBlockConfiguration/BlockPublicPolicy"),
				"public_access_block.ignore_public_acls":      u(p + "/PublicAccessBlockConfiguration/IgnorePublicAcls"),
				"public_access_block.restrict_public_buckets": d(false, p+"/PublicAccessBlockConfiguration"),
				"logging.enabled":                             w(true, p+"/LoggingConfiguration"),
				"logging.target_bucket":                       w("Target", p+"/LoggingConfiguration/DestinationBucketName"),
				"deletion_policy":                             w("Retain", "/Resources/B/DeletionPolicy"),
			},
		},
		{
			name: "versioning block without status",
			tmpl: `
Resources:
  B:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration: {}
      BucketEncryption: {Ref: Enc}`,
			want: map[string]any{
				"versioning.enabled":   d(false, p+"/VersioningConfiguration"),
				"encryption.enabled":   u(p + "/BucketEncryption"),
				"encryption.algorithm": u(p + "/BucketEncryption"),
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := adapt(t, tc.tmpl, nil)
			got := map[string]any{}
			for k := range tc.want {
				got[k] = at(t, v, "s3.buckets.0."+k)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("bucket (-want +got):\n%s", diff)
			}
		})
	}
}

func TestBucketPolicyLinking(t *testing.T) {
	const tmpl = `
Parameters:
  Name: {Type: String}
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties: {BucketName: logs-bucket}
  Data: {Type: AWS::S3::Bucket}
  ByRef:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: {Ref: Data}
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          Sid: one
          Action: [s3:GetObject, {Ref: Extra}]
          Principal: "*"
  ByName:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: logs-bucket
      PolicyDocument: '{"Statement": [{"Effect": "Deny", "NotAction": "s3:*", "Resource": ["a", "b"]}]}'
`
	v := adapt(t, tmpl, nil)
	const byRef = "/Resources/ByRef/Properties/PolicyDocument"
	const byName = "/Resources/ByName/Properties/PolicyDocument"
	wantData := w([]any{map[string]any{"src": byRef, "state": "written", "statements": []any{map[string]any{
		"src":            byRef + "/Statement",
		"effect":         d("Allow", byRef+"/Statement"),
		"actions":        w([]any{"s3:GetObject", nil}, byRef+"/Statement/Action"),
		"not_actions":    d([]any{}, byRef+"/Statement"),
		"resources":      d([]any{}, byRef+"/Statement"),
		"not_resources":  d([]any{}, byRef+"/Statement"),
		"principals":     w("*", byRef+"/Statement/Principal"),
		"not_principals": d(nil, byRef+"/Statement"),
		"has_condition":  d(false, byRef+"/Statement"),
		"condition":      d(nil, byRef+"/Statement"),
	}}}}, byRef)
	wantLogs := w([]any{map[string]any{"src": byName, "state": "written", "statements": []any{map[string]any{
		"src":            byName,
		"effect":         w("Deny", byName),
		"actions":        d([]any{}, byName),
		"not_actions":    w([]any{"s3:*"}, byName),
		"resources":      w([]any{"a", "b"}, byName),
		"not_resources":  d([]any{}, byName),
		"principals":     d(nil, byName),
		"not_principals": d(nil, byName),
		"has_condition":  d(false, byName),
		"condition":      d(nil, byName),
	}}}}, byName)
	// Buckets are read in logical id order: Data, Logs.
	if diff := cmp.Diff(wantData, at(t, v, "s3.buckets.0.policies")); diff != "" {
		t.Errorf("Data policies (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantLogs, at(t, v, "s3.buckets.1.policies")); diff != "" {
		t.Errorf("Logs policies (-want +got):\n%s", diff)
	}
}

func TestBucketPolicyUnresolvedTarget(t *testing.T) {
	tests := []struct {
		name string
		tmpl string
		want []any // policies attribute of each bucket, in id order
	}{
		{
			name: "unknown target makes every bucket unknown",
			tmpl: `
Resources:
  A: {Type: AWS::S3::Bucket}
  B: {Type: AWS::S3::Bucket, Properties: {BucketName: b}}
  P:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: {Ref: BucketParam}
      PolicyDocument: {Statement: []}`,
			want: []any{u("/Resources/P/Properties/Bucket"), u("/Resources/P/Properties/Bucket")},
		},
		{
			name: "unmatched name only affects buckets with unknown names",
			tmpl: `
Resources:
  A: {Type: AWS::S3::Bucket, Properties: {BucketName: {Ref: Name}}}
  B: {Type: AWS::S3::Bucket, Properties: {BucketName: b}}
  P:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: external
      PolicyDocument: {Statement: []}`,
			want: []any{u("/Resources/P/Properties/Bucket"), d([]any{}, "/Resources/B")},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := adapt(t, tc.tmpl, nil)
			var got []any
			for _, b := range at(t, v, "s3.buckets").([]any) {
				got = append(got, b.(map[string]any)["policies"])
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("policies (-want +got):\n%s", diff)
			}
		})
	}
}
