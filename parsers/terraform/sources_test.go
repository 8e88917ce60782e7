package terraform

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/scanner/model"
)

// TestSourceRanges checks the ranges the evaluator records besides those of
// arguments and blocks: lifecycle.prevent_destroy, the items of literals
// (also inside jsonencode()), and the statements of an
// aws_iam_policy_document under the argument that holds its json.
func TestSourceRanges(t *testing.T) {
	const file = "m/main.tf"
	src := `resource "aws_dynamodb_table" "t" {
  name = "t"
  lifecycle {
    prevent_destroy = false
  }
}

resource "aws_iam_policy" "p" {
  policy = jsonencode({
    Statement = [
      { Action = "*", Resource = "*" },
    ]
  })
}

data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["s3:*"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "q" {
  policy = data.aws_iam_policy_document.d.json
}

resource "aws_security_group" "g" {
  ingress {
    cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"]
  }
}
`
	u := model.Unit{Path: "m", Files: []model.File{{Path: file, Src: []byte(src)}}}
	cfg, err := (&Reader{}).Evaluate(context.Background(), u)
	if err != nil {
		t.Fatal(err)
	}
	rng := func(l1, c1, l2, c2 int) model.Range {
		return model.Range{File: file, Start: model.Pos{Line: l1, Col: c1}, End: model.Pos{Line: l2, Col: c2}}
	}
	tests := []struct {
		name, ptr string
		want      model.Range
	}{
		{"prevent_destroy", "/resources/aws_dynamodb_table.t/lifecycle/0/prevent_destroy", rng(4, 5, 4, 28)},
		{"jsonencode key", "/resources/aws_iam_policy.p/values/policy/Statement", rng(10, 5, 12, 6)},
		{"jsonencode element", "/resources/aws_iam_policy.p/values/policy/Statement/0", rng(11, 7, 11, 39)},
		{"jsonencode item", "/resources/aws_iam_policy.p/values/policy/Statement/0/Action", rng(11, 9, 11, 21)},
		{"policy document statement", "/resources/aws_iam_policy.q/values/policy/Statement/0", rng(17, 3, 20, 4)},
		{"policy document actions", "/resources/aws_iam_policy.q/values/policy/Statement/0/Action", rng(18, 5, 18, 25)},
		{"list element", "/resources/aws_security_group.g/values/ingress/0/cidr_blocks/1", rng(29, 34, 29, 45)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := cfg.Doc.Source[tt.ptr]
			if !ok {
				t.Fatalf("no range for %s", tt.ptr)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("range of %s (-want +got):\n%s", tt.ptr, diff)
			}
		})
	}
	if got := cfg.Resources[0].PreventDestroy; got == nil || *got {
		t.Errorf("PreventDestroy = %v, want false", got)
	}
}
