package cloud

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/parsers/terraform"
	"github.com/shipgate/shipgate/scanner/model"
)

// tfView evaluates a one-file Terraform root module and returns its view
// with the keys stripped.
func tfView(t *testing.T, src string) map[string]any {
	t.Helper()
	u := model.Unit{Path: "m", Files: []model.File{{Path: "m/main.tf", Src: []byte(src)}}}
	cfg, err := (&terraform.Reader{}).Evaluate(context.Background(), u)
	if err != nil {
		t.Fatalf("evaluate: %v", err)
	}
	v := FromTerraform(cfg)
	stripKeys(v)
	return v
}

// TestTerraformCurrentDefaults: the Terraform side of the AWS defaults of
// today and of the inherited values that are unknown.
func TestTerraformCurrentDefaults(t *testing.T) {
	v := tfView(t, `
resource "aws_s3_bucket" "bare" {
  bucket = "bare"
}

resource "aws_s3_bucket" "partial" {
  bucket = "partial"
}

resource "aws_s3_bucket_public_access_block" "partial" {
  bucket            = aws_s3_bucket.partial.id
  block_public_acls = true
}

resource "aws_rds_cluster" "aurora" {
  engine = "aurora-postgresql"
}

resource "aws_rds_cluster" "restored" {
  engine              = "aurora-mysql"
  snapshot_identifier = "snap"
}

resource "aws_iam_user" "ops" {
  name = "ops"
}

resource "aws_iam_group" "admins" {
  name = "admins"
}

resource "aws_iam_user_policy_attachment" "ops" {
  user       = aws_iam_user.ops.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_policy_attachment" "admins" {
  name       = "admins"
  groups     = [aws_iam_group.admins.name]
  policy_arn = "arn:aws:iam::aws:policy/IAMFullAccess"
}
`)
	for path, want := range map[string]any{
		// Bucket "bare" has no block: S3's defaults of today.
		"s3.buckets.0.encryption.enabled":                          true,
		"s3.buckets.0.encryption.algorithm":                        "AES256",
		"s3.buckets.0.public_access_block.block_public_policy":     true,
		"s3.buckets.1.public_access_block.block_public_acls":       true,
		"s3.buckets.1.public_access_block.restrict_public_buckets": false,
		"rds.clusters.0.storage_encrypted":                         true,
		"rds.clusters.1.storage_encrypted":                         nil,
		"iam.users.0.managed_policy_arns":                          []any{"arn:aws:iam::aws:policy/AdministratorAccess"},
		"iam.groups.0.managed_policy_arns":                         []any{"arn:aws:iam::aws:policy/IAMFullAccess"},
	} {
		got := at(t, v, path).(map[string]any)["value"]
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", path, diff)
		}
	}
	if s := at(t, v, "s3.buckets.1.public_access_block.restrict_public_buckets.state"); s != "default" {
		t.Errorf("restrict_public_buckets state = %v, want default (left out of the resource)", s)
	}
	if s := at(t, v, "rds.clusters.1.storage_encrypted.state"); s != "unknown" {
		t.Errorf("restored cluster storage_encrypted state = %v, want unknown", s)
	}
}

// TestTerraformInterpolatedDocument: a heredoc policy written with a
// resource's ARN interpolated stays a document; only the strings holding
// the ARN among other text are unknown, and the ARN alone joins resources.
func TestTerraformInterpolatedDocument(t *testing.T) {
	v := tfView(t, `
resource "aws_s3_bucket" "b" {
  bucket = "data"
}

resource "aws_s3_bucket_policy" "p" {
  bucket = aws_s3_bucket.b.id
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
     "Resource": ["${aws_s3_bucket.b.arn}", "${aws_s3_bucket.b.arn}/*"]},
    {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "x-${aws_s3_bucket.b.id}"}
  ]
}
POLICY
}

resource "aws_iam_policy" "broken" {
  name   = "broken"
  policy = "{\"Statement\": [${aws_s3_bucket.b.arn}]}"
}
`)
	st := at(t, v, "s3.buckets.0.policies.value.0.statements").([]any)
	if len(st) != 2 {
		t.Fatalf("%d statements, want 2", len(st))
	}
	for i, want := range []struct {
		field string
		value any
		state string
	}{
		{"actions", []any{"s3:GetObject"}, "written"},
		{"resources", []any{"aws_s3_bucket.b", nil}, "written"},
		{"principals", "*", "written"},
	} {
		a := st[0].(map[string]any)[want.field].(map[string]any)
		if diff := cmp.Diff(want.value, a["value"]); diff != "" || a["state"] != want.state {
			t.Errorf("%d: statement 0 %s = %v (%v), want %v (%s)", i, want.field, a["value"], a["state"], want.value, want.state)
		}
	}
	if r := st[1].(map[string]any)["resources"].(map[string]any); r["state"] != "unknown" {
		t.Errorf("statement 1 resources = %v, want unknown (an id among other text)", r)
	}
	// Not JSON once the id is in: the whole document is unknown.
	if s := at(t, v, "iam.policies.0.state"); s != "unknown" {
		t.Errorf("broken document = %v, want unknown", at(t, v, "iam.policies.0"))
	}
}
