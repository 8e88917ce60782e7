package terraform

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/scanner/model"
)

// unit builds a unit from files (path → content); the root is dir.
func unit(dir string, files map[string]string) model.Unit {
	u := model.Unit{Path: dir}
	for _, p := range slices.Sorted(func(yield func(string) bool) {
		for p := range files {
			if !yield(p) {
				return
			}
		}
	}) {
		u.Files = append(u.Files, model.File{Path: p, Src: []byte(files[p])})
	}
	return u
}

// evaluate runs the reader on a unit and fails on errors.
func evaluate(t *testing.T, r *Reader, u model.Unit) *Config {
	t.Helper()
	cfg, err := r.Evaluate(context.Background(), u)
	if err != nil {
		t.Fatalf("evaluate: %v", err)
	}
	if cfg == nil {
		t.Fatal("evaluate: no configuration")
	}
	return cfg
}

// values returns input.raw's values of a resource address.
func values(t *testing.T, cfg *Config, addr string) map[string]any {
	t.Helper()
	res, ok := cfg.Doc.Raw.(map[string]any)["resources"].(map[string]any)[addr].(map[string]any)
	if !ok {
		var have []string
		for k := range cfg.Doc.Raw.(map[string]any)["resources"].(map[string]any) {
			have = append(have, k)
		}
		slices.Sort(have)
		t.Fatalf("no resource %s; have %v", addr, have)
	}
	return res["values"].(map[string]any)
}

func rng(file string, l1, c1, l2, c2 int) model.Range {
	return model.Range{File: file, Start: model.Pos{Line: l1, Col: c1}, End: model.Pos{Line: l2, Col: c2}}
}

func TestVariablePrecedence(t *testing.T) {
	files := map[string]string{
		"m/main.tf": `
variable "a" { default = "default" }
variable "b" { default = "default" }
variable "c" { default = "default" }
variable "d" { default = "default" }
variable "e" { default = "default" }
variable "unset" {}
resource "aws_s3_bucket" "x" {
  tags = { a = var.a, b = var.b, c = var.c, d = var.d, e = var.e, unset = var.unset }
}
`,
		"m/terraform.tfvars":   "b = \"tfvars\"\nc = \"tfvars\"\nd = \"tfvars\"\ne = \"tfvars\"\n",
		"m/x.auto.tfvars":      "c = \"auto\"\nd = \"auto\"\ne = \"auto\"\n",
		"m/ignored.tfvars":     "e = \"not loaded without --var-file\"\n",
		"m/other.auto.tfvars":  "",
		"m/nested/skip.tfvars": "a = \"other directory\"\n",
	}
	t.Setenv("TF_VAR_a", "env")
	t.Setenv("TF_VAR_b", "env")
	r := &Reader{Options: Options{
		VarFiles: []model.File{{Path: "prod.tfvars", Src: []byte("d = \"var-file\"\ne = \"var-file\"\n")}},
		Vars:     []string{"e=flag"},
	}}
	cfg := evaluate(t, r, unit("m", files))
	want := map[string]any{"a": "env", "b": "tfvars", "c": "auto", "d": "var-file", "e": "flag", "unset": nil}
	if diff := cmp.Diff(want, values(t, cfg, "aws_s3_bucket.x")["tags"]); diff != "" {
		t.Errorf("tags (-want +got):\n%s", diff)
	}
}

func TestExpressions(t *testing.T) {
	files := map[string]string{"m/main.tf": `
variable "names" { default = ["a", "b"] }
variable "ports" { default = { ssh = 22, web = 443 } }
variable "unknown" {}

locals {
  prefix = "${local.env}-app"
  env    = "prod"
  count  = length(var.names)
  upper  = [for n in var.names : upper(n)]
}

resource "aws_s3_bucket" "logs" {
  bucket = "${local.prefix}-logs"
}

resource "aws_s3_bucket_versioning" "logs" {
  bucket = aws_s3_bucket.logs.id
  versioning_configuration {
    status = local.env == "prod" ? "Enabled" : "Suspended"
  }
}

resource "aws_s3_bucket" "counted" {
  count  = local.count
  bucket = "b-${count.index}-${local.upper[count.index]}"
}

resource "aws_s3_bucket" "each" {
  for_each = toset(var.names)
  bucket   = "e-${each.key}"
}

resource "aws_s3_bucket" "none" {
  count  = 0
  bucket = "never"
}

resource "aws_s3_bucket" "maybe" {
  count  = var.unknown ? 1 : 0
  bucket = "maybe"
}

# An id inside an interpolation or a function is not known before apply;
# alone it joins the resources.
resource "aws_s3_bucket_logging" "logs" {
  bucket        = aws_s3_bucket.logs.id
  target_bucket = "copy-${aws_s3_bucket.logs.id}"
  target_prefix = replace(aws_s3_bucket.logs.arn, "s3", "x")
}

resource "aws_security_group" "sg" {
  dynamic "ingress" {
    for_each = var.ports
    iterator = port
    content {
      description = port.key
      from_port   = port.value
      cidr_blocks = [cidrsubnet("10.0.0.0/16", 8, 1)]
    }
  }
}
`}
	cfg := evaluate(t, &Reader{}, unit("m", files))
	var addrs []string
	for _, r := range cfg.Resources {
		addrs = append(addrs, r.Address)
		if r.Address == `aws_s3_bucket.maybe[?]` && !r.Unknown {
			t.Errorf("%s: an unknown count must mark the instance unknown", r.Address)
		}
	}
	slices.Sort(addrs)
	wantAddrs := []string{
		`aws_s3_bucket.counted[0]`, `aws_s3_bucket.counted[1]`, `aws_s3_bucket.each["a"]`, `aws_s3_bucket.each["b"]`,
		`aws_s3_bucket.logs`, `aws_s3_bucket.maybe[?]`, `aws_s3_bucket_logging.logs`, `aws_s3_bucket_versioning.logs`, `aws_security_group.sg`,
	}
	if diff := cmp.Diff(wantAddrs, addrs); diff != "" {
		t.Errorf("addresses (-want +got):\n%s", diff)
	}
	checks := []struct {
		addr string
		want map[string]any
	}{
		{"aws_s3_bucket.logs", map[string]any{"bucket": "prod-app-logs"}},
		{"aws_s3_bucket_versioning.logs", map[string]any{"bucket": "aws_s3_bucket.logs", "versioning_configuration": []any{map[string]any{"status": "Enabled"}}}},
		{"aws_s3_bucket_logging.logs", map[string]any{"bucket": "aws_s3_bucket.logs", "target_bucket": nil, "target_prefix": nil}},
		{`aws_s3_bucket.counted[1]`, map[string]any{"bucket": "b-1-B"}},
		{`aws_s3_bucket.each["b"]`, map[string]any{"bucket": "e-b"}},
		{"aws_security_group.sg", map[string]any{"ingress": []any{
			map[string]any{"description": "ssh", "from_port": 22.0, "cidr_blocks": []any{"10.0.1.0/24"}},
			map[string]any{"description": "web", "from_port": 443.0, "cidr_blocks": []any{"10.0.1.0/24"}},
		}}},
	}
	for _, c := range checks {
		if diff := cmp.Diff(c.want, values(t, cfg, c.addr)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.addr, diff)
		}
	}
}

// TestRanges checks whole ranges: attributes from name to value, blocks
// from keyword to brace, list items, with byte columns.
func TestRanges(t *testing.T) {
	files := map[string]string{"m/main.tf": "resource \"aws_security_group\" \"sg\" {\n  name = \"é-web\"\n  ingress {\n    cidr_blocks = [\"10.0.0.0/8\", \"0.0.0.0/0\"]\n  }\n  tags = { Team = \"x\" }\n}\n"}
	cfg := evaluate(t, &Reader{}, unit("m", files))
	const p = "/resources/aws_security_group.sg"
	tests := map[string]model.Range{
		p:                                     rng("m/main.tf", 1, 1, 7, 2),
		p + "/values/name":                    rng("m/main.tf", 2, 3, 2, 18),
		p + "/values/ingress/0":               rng("m/main.tf", 3, 3, 5, 4),
		p + "/values/ingress/0/cidr_blocks/1": rng("m/main.tf", 4, 34, 4, 45),
		p + "/values/tags/Team":               rng("m/main.tf", 6, 12, 6, 22),
	}
	for ptr, want := range tests {
		if diff := cmp.Diff(want, cfg.Doc.Source[ptr]); diff != "" {
			t.Errorf("%s (-want +got):\n%s", ptr, diff)
		}
	}
}

func TestModules(t *testing.T) {
	files := map[string]string{
		"root/main.tf": `
module "logs" {
  source = "./modules/logs"
  name   = "app"
}
module "many" {
  source   = "./modules/logs"
  for_each = toset(["x", "y"])
  name     = each.key
}
module "remote" {
  source = "terraform-aws-modules/s3-bucket/aws"
}
resource "aws_s3_bucket" "uses_output" {
  bucket = module.logs.group_name
}
`,
		"root/modules/logs/main.tf": `
variable "name" {}
resource "aws_cloudwatch_log_group" "this" {
  name = "/app/${var.name}"
}
output "group_name" { value = aws_cloudwatch_log_group.this.name }
`,
	}
	r := &Reader{}
	units := r.PlanUnits([]model.Unit{unit("root", map[string]string{"root/main.tf": files["root/main.tf"]}), unit("root/modules/logs", map[string]string{"root/modules/logs/main.tf": files["root/modules/logs/main.tf"]})})
	if len(units) != 1 || units[0].Path != "root" || len(units[0].Files) != 2 {
		t.Fatalf("PlanUnits: want one root unit with both files, got %+v", units)
	}
	cfg := evaluate(t, r, units[0])
	got := map[string]string{}
	for _, res := range cfg.Resources {
		got[res.Address] = res.Module
	}
	want := map[string]string{
		"module.logs.aws_cloudwatch_log_group.this":      "module.logs",
		`module.many["x"].aws_cloudwatch_log_group.this`: `module.many["x"]`,
		`module.many["y"].aws_cloudwatch_log_group.this`: `module.many["y"]`,
		"aws_s3_bucket.uses_output":                      "",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("resources (-want +got):\n%s", diff)
	}
	if v := values(t, cfg, `module.many["y"].aws_cloudwatch_log_group.this`)["name"]; v != "/app/y" {
		t.Errorf("module input: name = %v", v)
	}
	if v := values(t, cfg, "aws_s3_bucket.uses_output")["bucket"]; v != "/app/app" {
		t.Errorf("module output: bucket = %v", v)
	}
	for _, res := range cfg.Resources {
		if res.Address == "module.logs.aws_cloudwatch_log_group.this" {
			if diff := cmp.Diff([]Call{{Address: "module.logs", Range: rng("root/main.tf", 2, 1, 5, 2)}}, res.Calls); diff != "" {
				t.Errorf("call chain (-want +got):\n%s", diff)
			}
			if res.Range.File != "root/modules/logs/main.tf" || res.Range.Start.Line != 3 {
				t.Errorf("module resource range %v", res.Range)
			}
		}
	}
	if len(cfg.Doc.Notes) != 1 || !strings.Contains(cfg.Doc.Notes[0].Message, "not a local path") {
		t.Errorf("want one note for the registry module, got %+v", cfg.Doc.Notes)
	}
}

func TestFilesStayInsideTheScan(t *testing.T) {
	files := map[string]string{
		"m/main.tf": `
resource "aws_iam_policy" "inside" {
  policy = file("${path.module}/policy.json")
}
resource "aws_iam_policy" "template" {
  policy = templatefile("policy.tpl", { action = "s3:GetObject" })
}
resource "aws_iam_policy" "outside" {
  policy = file("/etc/passwd")
}
`,
		"m/policy.json": `{"Statement": []}`,
		"m/policy.tpl":  `{"Action": "${action}"}`,
	}
	u := unit("m", map[string]string{"m/main.tf": files["m/main.tf"]})
	u.Files = append(u.Files, model.File{Path: "m/policy.json", Src: []byte(files["m/policy.json"])}, model.File{Path: "m/policy.tpl", Src: []byte(files["m/policy.tpl"])})
	cfg := evaluate(t, &Reader{}, u)
	if v := values(t, cfg, "aws_iam_policy.inside")["policy"]; v != `{"Statement": []}` {
		t.Errorf("file inside the scan: %v", v)
	}
	if v := values(t, cfg, "aws_iam_policy.template")["policy"]; v != `{"Action": "s3:GetObject"}` {
		t.Errorf("templatefile: %v", v)
	}
	if v := values(t, cfg, "aws_iam_policy.outside")["policy"]; v != nil {
		t.Errorf("a file outside the scan must be unknown, got %v", v)
	}
}

func TestPolicyDocument(t *testing.T) {
	files := map[string]string{"m/main.tf": `
data "aws_iam_policy_document" "p" {
  statement {
    actions   = ["s3:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:root"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}
resource "aws_iam_policy" "p" {
  policy = data.aws_iam_policy_document.p.json
}
`}
	cfg := evaluate(t, &Reader{}, unit("m", files))
	want := `{"Statement":[{"Action":["s3:*"],"Condition":{"Bool":{"aws:SecureTransport":["false"]}},"Effect":"Allow","Principal":{"AWS":["arn:aws:iam::123456789012:root"]},"Resource":["*"]}],"Version":"2012-10-17"}`
	if v := values(t, cfg, "aws_iam_policy.p")["policy"]; v != want {
		t.Errorf("policy\n got %v\nwant %v", v, want)
	}
}

func TestBudgetsAndErrors(t *testing.T) {
	tests := []struct {
		name    string
		files   map[string]string
		wantErr string
	}{
		{"huge count", map[string]string{"m/main.tf": `resource "aws_s3_bucket" "b" { count = 100000000 }`}, "count of 100000000 is more than"},
		{"huge range", map[string]string{"m/main.tf": `resource "aws_s3_bucket" "b" { for_each = toset([for i in range(100000000) : tostring(i)]) }`}, ""},
		{"syntax error", map[string]string{"m/main.tf": `resource "aws_s3_bucket" "b" {`, "m/ok.tf": `resource "aws_s3_bucket" "c" {}`}, "m/main.tf:1:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := (&Reader{}).Evaluate(context.Background(), unit("m", tt.files))
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("unexpected error %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("error %v, want it to contain %q", err, tt.wantErr)
			}
			var pe *model.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %T is not a *model.ParseError", err)
			}
			if tt.name == "syntax error" && (cfg == nil || len(cfg.Resources) != 1) {
				t.Errorf("the file that parses must still be evaluated, got %+v", cfg)
			}
		})
	}
}

func TestModuleCycle(t *testing.T) {
	files := map[string]string{
		"a/main.tf": "module \"b\" { source = \"../b\" }\nresource \"aws_s3_bucket\" \"a\" {}\n",
		"b/main.tf": "module \"a\" { source = \"../a\" }\nresource \"aws_s3_bucket\" \"b\" {}\n",
	}
	r := &Reader{}
	units := r.PlanUnits([]model.Unit{unit("a", map[string]string{"a/main.tf": files["a/main.tf"]}), unit("b", map[string]string{"b/main.tf": files["b/main.tf"]})})
	if len(units) == 0 {
		t.Fatal("modules that call each other must still be evaluated")
	}
	cfg := evaluate(t, r, units[0])
	if len(cfg.Doc.Notes) == 0 || !strings.Contains(cfg.Doc.Notes[0].Message, "calls itself") {
		t.Errorf("want a note about the cycle, got %+v", cfg.Doc.Notes)
	}
}

func TestDefaultTags(t *testing.T) {
	files := map[string]string{"m/main.tf": `
provider "aws" {
  default_tags {
    tags = { Team = "platform", Env = "dev" }
  }
}
resource "aws_s3_bucket" "b" {
  tags = { Env = "prod" }
}
module "child" {
  source = "./child"
}
`, "m/child/main.tf": `resource "aws_sqs_queue" "q" {}`}
	r := &Reader{}
	units := r.PlanUnits([]model.Unit{unit("m", map[string]string{"m/main.tf": files["m/main.tf"]}), unit("m/child", map[string]string{"m/child/main.tf": files["m/child/main.tf"]})})
	cfg := evaluate(t, r, units[0])
	if diff := cmp.Diff(map[string]any{"Team": "platform", "Env": "prod"}, values(t, cfg, "aws_s3_bucket.b")["tags_all"]); diff != "" {
		t.Errorf("tags_all (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]any{"Team": "platform", "Env": "dev"}, values(t, cfg, "module.child.aws_sqs_queue.q")["tags_all"]); diff != "" {
		t.Errorf("child module tags_all (-want +got):\n%s", diff)
	}
}
