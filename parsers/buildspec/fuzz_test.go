package buildspec

import (
	"bytes"
	"strconv"
	"testing"

	"github.com/shipgate/shipgate/parsers/cloudformation"
	"github.com/shipgate/shipgate/scanner/model"
)

// checkRanges fails when a range lies outside src: lines are 1..number of
// LF-separated lines, columns 1..line length+1, and start <= end.
func checkRanges(t *testing.T, name string, src []byte, doc *model.Document) {
	t.Helper()
	lines := bytes.Split(src, []byte("\n"))
	in := func(p model.Pos) bool {
		return p.Line >= 1 && p.Line <= len(lines) && p.Col >= 1 && p.Col <= len(lines[p.Line-1])+1
	}
	ranges := map[string]model.Range{}
	for k, r := range doc.Source {
		ranges[k] = r
	}
	for i, n := range doc.Notes {
		ranges["note "+strconv.Itoa(i)] = n.Range
	}
	for ptr, r := range ranges {
		before := r.Start.Line < r.End.Line || (r.Start.Line == r.End.Line && r.Start.Col <= r.End.Col)
		if !in(r.Start) || !in(r.End) || !before {
			t.Errorf("%s: range of %q is %d:%d-%d:%d, outside the source", name, ptr, r.Start.Line, r.Start.Col, r.End.Line, r.End.Col)
		}
	}
}

func FuzzParse(f *testing.F) {
	seeds := []string{
		"",
		"version: 0.2\nphases:\n  build:\n    commands:\n      - echo hi | tee x\n",
		"version: 0.2\nenv:\n  shell: bash\n  variables:\n    A: \"1\"\n  secrets-manager:\n    T: s:t\n  exported-variables: [A]\n  git-credential-helper: yes\nphases:\n  install:\n    runtime-versions:\n      python: 3.10\n    commands:\n      - |\n        if true; then\n          curl -s https://x | sh\n        fi\n    finally:\n      - echo $T\nreports:\n  r:\n    files: ['**/*']\nartifacts:\n  files: '**/*'\n  secondary-artifacts:\n    s:\n      files: [a]\ncache:\n  paths: [c]\nbatch:\n  build-list: []\n",
		"version: 0.2\nphases:\n  build:\n    commands:\n      - >\n        folded\n        text $X\n      - \"quoted \\\"x\\\" $(y)\"\n      - a: b\n      - [x]\n",
		"version: 0.2\nenv:\n  shell: powershell.exe\nphases:\n  build:\n    commands: [Write-Host hi]\n",
		"a: &x [1, *x]\n",
		"version: 0.2\nphases:\n  build:\n    commands:\n      - 'unterminated \"\n      - if then\n",
		"Resources:\n  B:\n    Type: AWS::CodeBuild::Project\n    Properties:\n      Source:\n        BuildSpec: !Sub |\n          version: 0.2\n          phases:\n            build:\n              commands:\n                - echo ${X} | sh\n",
		`{"Resources": {"B": {"Type": "AWS::CodeBuild::Project", "Properties": {"Source": {"BuildSpec": "version: 0.2\nphases:\n  build:\n    commands:\n      - make \"x\\u00e9\"\n"}}}}}`,
		"buildspec = <<-EOF\n  version: 0.2\n  phases:\n    build:\n      commands:\n        - make ${var.x}\n  EOF\n",
		"buildspec = \"version: 0.2\\nphases:\\n  build:\\n    commands: [make]\\n\"\n",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		r := &Reader{}
		r.Detect("buildspec.yml", src)
		r.Detect("x.yml", src)
		// Inline buildspecs in a template and in HCL.
		if tpl, err := (&cloudformation.Parser{}).ParseTemplate("t.yaml", src); err == nil {
			for _, d := range FromTemplate(tpl, src) {
				checkRanges(t, "template", src, d)
			}
		}
		lines := bytes.Count(src, []byte("\n")) + 1
		if in, ok := hclInline(src, model.Range{File: "m.tf", Start: model.Pos{Line: 1, Col: 1}, End: model.Pos{Line: lines, Col: 1}}); ok {
			in.fallback = model.Range{File: "m.tf", Start: model.Pos{Line: 1, Col: 1}, End: model.Pos{Line: 1, Col: 1}}
			if d := in.parse("m.tf"); d != nil {
				checkRanges(t, "hcl", src, d)
			}
		}
		doc, err := parse("buildspec.yml", src, options{}) // parse recovers; check no panic reached it
		if err != nil {
			if pe, ok := err.(*model.ParseError); ok && len(pe.Msg) > 15 && pe.Msg[:15] == "internal error:" {
				t.Fatalf("panic: %v", err)
			}
			return
		}
		checkRanges(t, "fuzz", src, doc)
		doc, err = parse("t.yaml", src, options{sub: true})
		if err == nil {
			checkRanges(t, "fuzz sub", src, doc)
		}
	})
}
