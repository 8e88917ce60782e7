package cloud

import (
	"context"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/parsers/terraform"
	"github.com/shipgate/shipgate/scanner/model"
)

// adaptTF evaluates a Terraform root module (files by path, the root in
// "m", children in "m/modules/…") and returns its view, failing on
// evaluation errors and dangling srcs. Keys are kept: Terraform tests check
// them too.
func adaptTF(t *testing.T, files map[string]string) map[string]any {
	t.Helper()
	v, _ := adaptTFDoc(t, files)
	return v
}

// adaptTFDoc is adaptTF that also returns the document, for its source
// map.
func adaptTFDoc(t *testing.T, files map[string]string) (map[string]any, *model.Document) {
	t.Helper()
	u := model.Unit{Path: "m"}
	for _, p := range slices.Sorted(func(yield func(string) bool) {
		for p := range files {
			if !yield(p) {
				return
			}
		}
	}) {
		u.Files = append(u.Files, model.File{Path: p, Src: []byte(files[p])})
	}
	cfg, err := (&terraform.Reader{}).Evaluate(context.Background(), u)
	if err != nil {
		t.Fatalf("evaluate: %v", err)
	}
	v := FromTerraform(cfg)
	// A Terraform src has a range, or is a pointer into the raw tree whose
	// value has none of its own (an item of a list from a variable), which
	// is placed at its nearest ancestor with one.
	checkSrcs(cfg.Doc, v, func(path, s string) {
		if !rawHas(cfg.Doc.Raw, s) {
			t.Errorf("%s: src %q neither in source map nor in the raw tree", path, s)
		}
	})
	// Round-trip through JSON so that tests compare what policies see.
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out map[string]any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out, cfg.Doc
}

// rawHas reports whether JSON pointer ptr names a value of raw.
func rawHas(raw any, ptr string) bool {
	if ptr == "" {
		return true
	}
	for _, tok := range strings.Split(ptr, "/")[1:] {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		switch x := raw.(type) {
		case map[string]any:
			v, ok := x[tok]
			if !ok {
				return false
			}
			raw = v
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(x) {
				return false
			}
			raw = x[i]
		default:
			return false
		}
	}
	return true
}

// placed is the range a finding at src gets: that of src or of its nearest
// ancestor with one, as the scanner places it.
func placed(t *testing.T, doc *model.Document, src string) model.Range {
	t.Helper()
	for p := src; p != ""; p = p[:strings.LastIndexByte(p, '/')] {
		if r, ok := doc.Source[p]; ok {
			return r
		}
	}
	t.Fatalf("src %q has no range, nor has any ancestor", src)
	return model.Range{}
}

// tfLine is the line of src in the module's files, for asserting where a
// finding would be placed.
func tfLine(t *testing.T, files map[string]string, file, text string) int {
	t.Helper()
	i := strings.Index(files[file], text)
	if i < 0 {
		t.Fatalf("%q not in %s", text, file)
	}
	return strings.Count(files[file][:i], "\n") + 1
}

// TestTFS3LegacyInlineBlocks reads the inline blocks of a v3-style bucket
// when no split resource refers to it. Present and Conv apply to the Else
// source too: without that, an inline encryption or logging block read as
// unknown rather than true.
func TestTFS3LegacyInlineBlocks(t *testing.T) {
	files := map[string]string{"m/main.tf": `
resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256"
      }
    }
  }
  versioning {
    enabled = true
  }
  logging {
    target_bucket = "acme-logs"
  }
}
`}
	v := adaptTF(t, files)
	b := "s3.buckets.0."
	p := "/resources/aws_s3_bucket.legacy/values/"
	tests := []struct {
		name, path string
		want       map[string]any
	}{
		{"encryption", b + "encryption.enabled", kw(true, p+"server_side_encryption_configuration/0/rule/0/apply_server_side_encryption_by_default/0/sse_algorithm", "server_side_encryption_configuration.rule.apply_server_side_encryption_by_default.sse_algorithm")},
		{"algorithm", b + "encryption.algorithm", kw("AES256", p+"server_side_encryption_configuration/0/rule/0/apply_server_side_encryption_by_default/0/sse_algorithm", "server_side_encryption_configuration.rule.apply_server_side_encryption_by_default.sse_algorithm")},
		{"versioning", b + "versioning.enabled", kw(true, p+"versioning/0/enabled", "versioning.enabled")},
		{"logging", b + "logging.enabled", kw(true, p+"logging", "logging")},
		{"logging target", b + "logging.target_bucket", kw("acme-logs", p+"logging/0/target_bucket", "logging.target_bucket")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, at(t, v, tt.path)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.path, diff)
			}
		})
	}
}

// kw is a written attribute with its key.
func kw(v any, src, key string) map[string]any {
	m := w(v, src)
	m["key"] = key
	return m
}

// kd is a default attribute with its key.
func kd(v any, src, key string) map[string]any {
	m := d(v, src)
	m["key"] = key
	return m
}

// ku is an unknown attribute with its key.
func ku(src, key string) map[string]any {
	m := u(src)
	m["key"] = key
	return m
}

// TestTFStatementCondition reads a statement's Condition into the view, so
// that policies need not find it in the raw tree (a document written as a
// JSON string, as every Terraform document is, holds no tree there).
func TestTFStatementCondition(t *testing.T) {
	files := map[string]string{"m/main.tf": `
variable "policy" {
  type = string
}

resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}

data "aws_iam_policy_document" "tls" {
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = ["${aws_s3_bucket.logs.arn}/*"]
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = data.aws_iam_policy_document.tls.json
}

resource "aws_s3_bucket" "assets" {
  bucket = "acme-assets"
}

resource "aws_s3_bucket_policy" "assets" {
  bucket = aws_s3_bucket.assets.id
  policy = var.policy
}
`}
	v, doc := adaptTFDoc(t, files)
	const cond = "/resources/aws_s3_bucket_policy.logs/values/policy/Statement/0/Condition"
	want := kw(map[string]any{"Bool": map[string]any{"aws:SecureTransport": []any{"false"}}}, cond, "aws_s3_bucket_policy.policy.Statement[].Condition")
	// Buckets are read in address order: assets, logs.
	if diff := cmp.Diff(want, at(t, v, "s3.buckets.1.policies.value.0.statements.0.condition")); diff != "" {
		t.Errorf("condition (-want +got):\n%s", diff)
	}
	// The statement of the data source is where the condition is written.
	if got, want := doc.Source[cond].Start.Line, tfLine(t, files, "m/main.tf", "condition {"); got != want {
		t.Errorf("condition placed on line %d, want %d", got, want)
	}
	unknownDoc := map[string]any{"src": "/resources/aws_s3_bucket_policy.assets/values/policy", "state": "unknown", "statements": []any{}}
	if diff := cmp.Diff(unknownDoc, at(t, v, "s3.buckets.0.policies.value.0")); diff != "" {
		t.Errorf("unknown document (-want +got):\n%s", diff)
	}
}

// TestTFPreventDestroy reads lifecycle.prevent_destroy as the deletion
// policy: a written value is placed at its own line (a false one was placed
// at the resource), and one that is not known is unknown, not the default.
func TestTFPreventDestroy(t *testing.T) {
	files := map[string]string{"m/main.tf": `
variable "keep" {
  type = bool
}

resource "aws_dynamodb_table" "absent" {
  name = "absent"
}

resource "aws_dynamodb_table" "kept" {
  name = "kept"
  lifecycle {
    prevent_destroy = true
  }
}

resource "aws_dynamodb_table" "off" {
  name = "off"
  lifecycle {
    prevent_destroy = false
  }
}

resource "aws_dynamodb_table" "variable" {
  name = "variable"
  lifecycle {
    prevent_destroy = var.keep
  }
}

resource "aws_db_instance" "kept" {
  identifier          = "kept"
  skip_final_snapshot = true
  lifecycle {
    prevent_destroy = true
  }
}
`}
	v, doc := adaptTFDoc(t, files)
	pd := func(addr string) string { return "/resources/" + addr + "/lifecycle/0/prevent_destroy" }
	const key = "lifecycle.prevent_destroy"
	tests := []struct {
		name, path string
		want       map[string]any
	}{
		{"absent", "dynamodb.tables.0.deletion_policy", kd("Delete", "/resources/aws_dynamodb_table.absent", key)},
		{"true", "dynamodb.tables.1.deletion_policy", kw("Retain", pd("aws_dynamodb_table.kept"), key)},
		{"false", "dynamodb.tables.2.deletion_policy", kw("Delete", pd("aws_dynamodb_table.off"), key)},
		{"unknown", "dynamodb.tables.3.deletion_policy", ku(pd("aws_dynamodb_table.variable"), key)},
		{"database", "rds.instances.0.deletion_policy", kw("Retain", pd("aws_db_instance.kept"), key)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, at(t, v, tt.path)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.path, diff)
			}
		})
	}
	if got, want := doc.Source[pd("aws_dynamodb_table.off")].Start.Line, tfLine(t, files, "m/main.tf", "prevent_destroy = false"); got != want {
		t.Errorf("prevent_destroy = false placed on line %d, want %d", got, want)
	}
}

// TestTFJSONSources places what is read from a JSON string argument where
// it is written: inside a jsonencode() argument written as literals, at
// the statement blocks of an aws_iam_policy_document, and at the argument
// itself for a heredoc.
func TestTFJSONSources(t *testing.T) {
	files := map[string]string{"m/main.tf": `
data "aws_iam_policy_document" "admin" {
  statement {
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "from_data" {
  name   = "from-data"
  policy = data.aws_iam_policy_document.admin.json
}

resource "aws_iam_policy" "encoded" {
  name = "encoded"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = "*"
        Resource = "*"
      },
    ]
  })
}

resource "aws_iam_policy" "heredoc" {
  name   = "heredoc"
  policy = <<-EOT
    {"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
  EOT
}

resource "aws_ecs_task_definition" "app" {
  family = "app"
  container_definitions = jsonencode([
    {
      name       = "app"
      image      = "app:1"
      privileged = true
    },
  ])
}
`}
	// Objects are in evaluation order: encoded, heredoc, then from_data
	// after the data source it reads.
	v, doc := adaptTFDoc(t, files)
	line := func(path string) int {
		t.Helper()
		src, _ := at(t, v, path+".src").(string)
		rng, ok := doc.Source[src]
		if !ok {
			t.Fatalf("%s: src %q has no range", path, src)
		}
		return rng.Start.Line
	}
	lineOf := func(text string) int { return tfLine(t, files, "m/main.tf", text) }
	tests := []struct {
		name, path string
		want       int
	}{
		{"data source statement", "iam.policies.2.statements.0", lineOf("statement {")},
		{"data source actions", "iam.policies.2.statements.0.actions", lineOf(`actions   = ["*"]`)},
		{"jsonencode statement", "iam.policies.0.statements.0", lineOf("      {")},
		{"jsonencode action", "iam.policies.0.statements.0.actions", lineOf(`Action   = "*"`)},
		{"heredoc statement", "iam.policies.1.statements.0", lineOf("policy = <<-EOT")},
		{"container", "ecs.task_definitions.0.containers.0", lineOf("    {\n      name")},
		{"container privileged", "ecs.task_definitions.0.containers.0.privileged", lineOf("privileged = true")},
		// Not written: the container object that would hold it.
		{"container health check", "ecs.task_definitions.0.containers.0.health_check", lineOf("    {\n      name")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := line(tt.path); got != tt.want {
				t.Errorf("%s on line %d, want %d", tt.path, got, tt.want)
			}
		})
	}
}

// TestTFContainerKeys names a container attribute by its list whether or
// not its JSON has ranges of its own: a heredoc's container read
// "container_definitions.privileged".
func TestTFContainerKeys(t *testing.T) {
	files := map[string]string{"m/main.tf": `
resource "aws_ecs_task_definition" "encoded" {
  family                = "encoded"
  container_definitions = jsonencode([{ name = "a", privileged = true }])
}

resource "aws_ecs_task_definition" "heredoc" {
  family                = "heredoc"
  container_definitions = <<-EOT
    [{"name": "b", "privileged": true}]
  EOT
}
`}
	v := adaptTF(t, files)
	const base = "/resources/aws_ecs_task_definition."
	const key = "container_definitions[].privileged"
	want := []any{
		kw(true, base+"encoded/values/container_definitions/0/privileged", key),
		kw(true, base+"heredoc/values/container_definitions", key),
	}
	got := []any{
		at(t, v, "ecs.task_definitions.0.containers.0.privileged"),
		at(t, v, "ecs.task_definitions.1.containers.0.privileged"),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("privileged (-want +got):\n%s", diff)
	}
}

// TestTFLiteralSources places an item of a list or object literal on its
// own line, and a value from a local at the argument that uses it.
func TestTFLiteralSources(t *testing.T) {
	files := map[string]string{"m/main.tf": `
locals {
  office = ["198.51.100.0/24"]
}

resource "aws_security_group" "legacy" {
  name = "legacy"
  ingress = [
    {
      from_port   = 22
      to_port     = 22
      protocol    = "tcp"
      cidr_blocks = [
        "192.0.2.0/24",
        "0.0.0.0/0",
      ]
    },
  ]
}

resource "aws_security_group_rule" "office" {
  type              = "ingress"
  security_group_id = aws_security_group.legacy.id
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = local.office
}
`}
	v, doc := adaptTFDoc(t, files)
	lineOf := func(text string) int { return tfLine(t, files, "m/main.tf", text) }
	tests := []struct {
		name, path string
		want       int
	}{
		{"rule object", "ec2.security_group_rules.0", lineOf("    {")},
		{"second cidr", "ec2.security_group_rules.1.cidr_ipv4", lineOf(`"0.0.0.0/0",`)},
		{"cidr from a local", "ec2.security_group_rules.2.cidr_ipv4", lineOf("cidr_blocks       = local.office")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, _ := at(t, v, tt.path+".src").(string)
			if got := placed(t, doc, src).Start.Line; got != tt.want {
				t.Errorf("%s on line %d, want %d", tt.path, got, tt.want)
			}
		})
	}
}

// TestTFS3SplitResources joins each of the split S3 resources of the AWS
// provider v4+ to its bucket by the bucket's id, and reads the legacy
// bucket's own policy argument.
func TestTFS3SplitResources(t *testing.T) {
	files := map[string]string{"m/main.tf": `
resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}

resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Disabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "alias/data"
    }
  }
}

resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = false
}

resource "aws_s3_bucket_acl" "data" {
  bucket = aws_s3_bucket.data.id
  acl    = "private"
}

resource "aws_s3_bucket_logging" "data" {
  bucket        = aws_s3_bucket.data.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "data/"
}

resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = jsonencode({ Statement = [{ Effect = "Deny", Action = "s3:*", Resource = "*" }] })
}

resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }] })
}
`}
	v := adaptTF(t, files)
	// Buckets in evaluation order: data, legacy, logs.
	const data = "s3.buckets.0."
	res := func(addr string) string { return "/resources/" + addr + "/values/" }
	tests := []struct {
		name, path string
		want       any
	}{
		{"versioning", data + "versioning.enabled", kw(true, res("aws_s3_bucket_versioning.data")+"versioning_configuration/0/status", "aws_s3_bucket_versioning.versioning_configuration.status")},
		{"mfa delete", data + "versioning.mfa_delete", kw(false, res("aws_s3_bucket_versioning.data")+"versioning_configuration/0/mfa_delete", "aws_s3_bucket_versioning.versioning_configuration.mfa_delete")},
		{"algorithm", data + "encryption.algorithm.value", "aws:kms"},
		{"kms key", data + "encryption.kms_key.value", "alias/data"},
		{"public access block", data + "public_access_block.present", kw(true, "/resources/aws_s3_bucket_public_access_block.data/values", "aws_s3_bucket_public_access_block")},
		{"restrict public buckets", data + "public_access_block.restrict_public_buckets.value", false},
		{"acl", data + "acl", kw("private", res("aws_s3_bucket_acl.data")+"acl", "aws_s3_bucket_acl.acl")},
		{"logging", data + "logging.enabled.value", true},
		{"logging target", data + "logging.target_bucket.value", "aws_s3_bucket.logs"},
		{"policy", data + "policies.value.0.statements.0.effect.value", "Deny"},
		{"legacy policy", "s3.buckets.1.policies.value.0.statements.0.effect.value", "Allow"},
		{"no policy", "s3.buckets.2.policies", kd([]any{}, "/resources/aws_s3_bucket.logs", "aws_s3_bucket_policy.policy")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, at(t, v, tt.path)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.path, diff)
			}
		})
	}
}

// TestTFClusterEncryption defaults an Aurora Serverless v1 cluster's
// storage_encrypted to true, as the provider does: its storage is always
// encrypted. It read false, a finding on an encrypted cluster.
func TestTFClusterEncryption(t *testing.T) {
	files := map[string]string{"m/main.tf": `
variable "mode" {
  type = string
}

resource "aws_rds_cluster" "provisioned" {
  cluster_identifier = "provisioned"
  engine             = "aurora-postgresql"
}

resource "aws_rds_cluster" "serverless" {
  cluster_identifier = "serverless"
  engine             = "aurora-postgresql"
  engine_mode        = "serverless"
}

resource "aws_rds_cluster" "variable" {
  cluster_identifier = "variable"
  engine             = "aurora-postgresql"
  engine_mode        = var.mode
}

resource "aws_rds_cluster" "written" {
  cluster_identifier = "written"
  engine             = "aurora-postgresql"
  engine_mode        = "serverless"
  storage_encrypted  = false
}
`}
	v := adaptTF(t, files)
	const key = "storage_encrypted"
	res := func(addr string) string { return "/resources/aws_rds_cluster." + addr }
	want := []any{
		// Aurora encrypts every new cluster since 2026-02-18.
		kd(true, res("provisioned"), key),
		kd(true, res("serverless"), key),
		ku(res("variable"), key),
		kw(false, res("written")+"/values/storage_encrypted", key),
	}
	var got []any
	for i := range want {
		got = append(got, at(t, v, "rds.clusters."+strconv.Itoa(i)+".storage_encrypted"))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("storage_encrypted (-want +got):\n%s", diff)
	}
}
