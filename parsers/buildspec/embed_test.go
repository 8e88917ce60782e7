package buildspec

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/parsers/cloudformation"
	"github.com/shipgate/shipgate/parsers/terraform"
	"github.com/shipgate/shipgate/scanner/model"
)

func at(file string, l1, c1, l2, c2 int) model.Range {
	return model.Range{File: file, Start: model.Pos{Line: l1, Col: c1}, End: model.Pos{Line: l2, Col: c2}}
}

func templateDocs(t *testing.T, src string) []*model.Document {
	t.Helper()
	tpl, err := (&cloudformation.Parser{}).ParseTemplate("t.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return FromTemplate(tpl, []byte(src))
}

// firstCommand is the range of simple command 0 of command 0 of the
// first phase.
const firstCommand = "/phases/build/commands/0/cmd/0"

func TestFromTemplate(t *testing.T) {
	const project = "Resources:\n  Build:\n    Type: AWS::CodeBuild::Project\n    Properties:\n      Source:\n        Type: NO_SOURCE\n"
	tests := []struct {
		name string
		src  string
		// want is the range of firstCommand; zero for no document.
		want     model.Range
		resource string
		sub      bool
	}{
		{
			name:     "literal block",
			src:      project + "        BuildSpec: |\n          version: 0.2\n          phases:\n            build:\n              commands:\n                - make test\n",
			want:     at("t.yaml", 12, 19, 12, 28),
			resource: "Build",
		},
		{
			name:     "short-form Sub keeps substitutions unknown",
			src:      project + "        BuildSpec: !Sub |\n          version: 0.2\n          phases:\n            build:\n              commands:\n                - aws s3 cp x s3://${Bucket}/\n",
			want:     at("t.yaml", 12, 19, 12, 46),
			resource: "Build",
			sub:      true,
		},
		{
			name:     "long-form Sub with a map",
			src:      project + "        BuildSpec:\n          Fn::Sub:\n            - |\n              version: 0.2\n              phases:\n                build:\n                  commands:\n                    - echo ${X}\n            - X: y\n",
			want:     at("t.yaml", 14, 23, 14, 32),
			resource: "Build",
			sub:      true,
		},
		{
			name:     "JSON string with escapes",
			src:      `{"Resources": {"B": {"Type": "AWS::CodeBuild::Project", "Properties": {"Source": {"BuildSpec": "version: 0.2\nphases:\n  build:\n    commands:\n      - make \"test\"\n"}}}}}`,
			want:     at("t.yaml", 1, 153, 1, 166),
			resource: "B",
		},
		{
			name:     "folded block falls back to the attribute",
			src:      project + "        BuildSpec: >\n          {version: 0.2, phases: {build: {commands: [make]}}}\n",
			want:     at("t.yaml", 7, 9, 8, 62),
			resource: "Build",
		},
		{
			name:     "secondary source",
			src:      "Resources:\n  B:\n    Type: AWS::CodeBuild::Project\n    Properties:\n      Source: {Type: NO_SOURCE, BuildSpec: buildspec.yml}\n      SecondarySources:\n        - BuildSpec: |\n            version: 0.2\n            phases:\n              build:\n                commands: [make]\n",
			want:     at("t.yaml", 11, 28, 11, 32),
			resource: "B",
		},
		{name: "file name", src: project + "        BuildSpec: buildspec-test.yml\n"},
		{name: "not a buildspec", src: project + "        BuildSpec: |\n          phases: are over\n"},
		{name: "other resource", src: "Resources:\n  B:\n    Type: AWS::CodePipeline::Pipeline\n    Properties:\n      Source:\n        BuildSpec: |\n          version: 0.2\n          phases: {}\n"},
		{name: "other intrinsic", src: project + "        BuildSpec: !Join ['', ['version: 0.2\nphases: {}\n']]\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := templateDocs(t, tt.src)
			if tt.want == (model.Range{}) {
				if len(docs) != 0 {
					t.Fatalf("want no document, have %d", len(docs))
				}
				return
			}
			if len(docs) != 1 {
				t.Fatalf("want one document, have %d", len(docs))
			}
			d := docs[0]
			if d.Kind != model.KindBuildspec || d.Path != "t.yaml" {
				t.Errorf("kind %s path %s", d.Kind, d.Path)
			}
			if d := cmp.Diff(tt.want, d.Source[firstCommand]); d != "" {
				t.Errorf("range of the first command (-want +got)\n%s", d)
			}
			emb := d.View["embedded"].(map[string]any)
			if emb["resource"] != tt.resource {
				t.Errorf("resource %v, want %s", emb["resource"], tt.resource)
			}
			checkRanges(t, tt.name, []byte(tt.src), d)
			if tt.sub {
				w := d.View["phases"].([]any)[0].(map[string]any)["commands"].([]any)[0].(map[string]any)["cmds"].([]any)[0].(map[string]any)["args"].([]any)
				last := w[len(w)-1].(map[string]any)
				if last["literal"] != false {
					t.Errorf("a word with a substitution is literal: %v", last)
				}
			}
		})
	}
}

func TestFromTerraform(t *testing.T) {
	const head = "resource \"aws_codebuild_project\" \"b\" {\n  name = \"b\"\n  source {\n    type = \"NO_SOURCE\"\n"
	tests := []struct {
		name string
		tf   string
		want model.Range
	}{
		{
			name: "heredoc",
			tf:   head + "    buildspec = <<EOF\nversion: 0.2\nphases:\n  build:\n    commands:\n      - make ${var.x}\nEOF\n  }\n}\nvariable \"x\" { default = \"y\" }\n",
			want: at("m/main.tf", 10, 9, 10, 22),
		},
		{
			name: "indented heredoc",
			tf:   head + "    buildspec = <<-EOF\n      version: 0.2\n      phases:\n        build:\n          commands:\n            - make test\n    EOF\n  }\n}\n",
			want: at("m/main.tf", 10, 15, 10, 24),
		},
		{
			name: "quoted string",
			tf:   head + "    buildspec = \"version: 0.2\\nphases:\\n  build:\\n    commands:\\n      - make\\n\"\n  }\n}\n",
			want: at("m/main.tf", 5, 74, 5, 78),
		},
		{name: "file name", tf: head + "    buildspec = \"buildspec.yml\"\n  }\n}\n"},
		{name: "file()", tf: head + "    buildspec = file(\"${path.module}/buildspec.yml\")\n  }\n}\n"},
		{name: "directive", tf: head + "    buildspec = <<EOF\nversion: 0.2\nphases:\n%{ if true }\n  build: {}\n%{ endif }\nEOF\n  }\n}\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := model.Unit{Path: "m", Files: []model.File{{Path: "m/main.tf", Src: []byte(tt.tf)}, {Path: "m/buildspec.yml", Src: []byte("version: 0.2\nphases: {}\n")}}}
			u.Read = func(p string) ([]byte, error) {
				return []byte("version: 0.2\nphases:\n  build:\n    commands: [make]\n"), nil
			}
			cfg, err := (&terraform.Reader{}).Evaluate(context.Background(), u)
			if err != nil {
				t.Fatal(err)
			}
			docs := FromTerraform(cfg, u)
			if tt.want == (model.Range{}) {
				if len(docs) != 0 {
					t.Fatalf("want no document, have %d", len(docs))
				}
				return
			}
			if len(docs) != 1 {
				t.Fatalf("want one document, have %d", len(docs))
			}
			if d := cmp.Diff(tt.want, docs[0].Source[firstCommand]); d != "" {
				t.Errorf("range of the first command (-want +got)\n%s", d)
			}
			if r := docs[0].View["embedded"].(map[string]any)["resource"]; r != "aws_codebuild_project.b" {
				t.Errorf("resource %v", r)
			}
			checkRanges(t, tt.name, []byte(tt.tf), docs[0])
		})
	}
}
