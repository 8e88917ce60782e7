package terraform

import (
	"bytes"
	"context"
	"testing"

	"github.com/shipgate/shipgate/scanner/model"
)

// FuzzEvaluate evaluates arbitrary module files, alone and with a child
// module: no panic, and every range of the document inside its file.
func FuzzEvaluate(f *testing.F) {
	seeds := []string{
		"",
		`resource "aws_s3_bucket" "b" { bucket = "x" }`,
		"variable \"n\" { default = 2 }\nresource \"aws_s3_bucket\" \"b\" {\n  count = var.n\n  bucket = \"b-${count.index}\"\n}\n",
		"locals { a = local.b\n b = local.a }\nresource \"x\" \"y\" { v = local.a }\n",
		"resource \"aws_security_group\" \"s\" {\n  dynamic \"ingress\" {\n    for_each = { a = 1 }\n    content { from_port = ingress.value }\n  }\n}\n",
		"module \"c\" {\n  source = \"./c\"\n  n = [for i in range(3) : i]\n}\n",
		`data "aws_iam_policy_document" "p" { statement { actions = ["*"] } }`,
		`{"resource": {"aws_s3_bucket": {"b": {"bucket": "x"}}}}`,
	}
	for _, s := range seeds {
		f.Add(s, "variable \"n\" {}\nresource \"aws_s3_bucket\" \"c\" { bucket = var.n }\n")
	}
	f.Fuzz(func(t *testing.T, root, child string) {
		files := []model.File{{Path: "m/c/main.tf", Src: []byte(child)}, {Path: "m/main.tf", Src: []byte(root)}}
		srcs := map[string][]byte{"m/main.tf": []byte(root), "m/c/main.tf": []byte(child)}
		r := &Reader{}
		for _, u := range r.PlanUnits([]model.Unit{{Path: "m", Files: files[1:]}, {Path: "m/c", Files: files[:1]}}) {
			cfg, _ := r.Evaluate(context.Background(), u)
			if cfg == nil {
				continue
			}
			for ptr, rg := range cfg.Doc.Source {
				src, ok := srcs[rg.File]
				if !ok {
					t.Fatalf("range of %q in unknown file %q", ptr, rg.File)
				}
				lines := bytes.Split(src, []byte("\n"))
				in := func(p model.Pos) bool {
					return p.Line >= 1 && p.Line <= len(lines) && p.Col >= 1 && p.Col <= len(lines[p.Line-1])+1
				}
				if !in(rg.Start) || !in(rg.End) {
					t.Fatalf("range of %q is %v-%v, outside %s", ptr, rg.Start, rg.End, rg.File)
				}
			}
		}
	})
}
