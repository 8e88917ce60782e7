package buildspec

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/shipgate/shipgate/internal/shared"
	"github.com/shipgate/shipgate/parsers/cloudformation"
	"github.com/shipgate/shipgate/parsers/terraform"
	"github.com/shipgate/shipgate/scanner/model"
)

// corpusBuildspecs lists the corpus files INDEX.tsv says are buildspecs.
func corpusBuildspecs(tb testing.TB) (root string, paths []string) {
	return shared.CorpusIndex(tb, "buildspec")
}

// knownNotes are the corpus buildspecs with a command that is not valid
// shell, and the note each must produce.
var knownNotes = map[string]string{
	// An if without its fi inside a for loop.
	"aws-samples__aws-devops-pipeline-accelerator/aws-codepipeline/cloudformation/shared/cfn-nag-buildspec.yaml": "`done` can only be used to end a loop",
}

// TestCorpus parses every buildspec of the corpus: each must be claimed by
// the reader, parse, and carry no note but the known ones. It reports the
// outcome of every file.
func TestCorpus(t *testing.T) {
	root, paths := corpusBuildspecs(t)
	if len(paths) == 0 {
		t.Fatal("INDEX.tsv lists no buildspec")
	}
	r := &Reader{}
	var commands, simple int
	for _, p := range paths {
		src, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(p)))
		if err != nil {
			t.Fatal(err)
		}
		if !r.Match(filepath.Base(p)) || r.Detect(p, src) != model.Claimed {
			t.Errorf("%s: not claimed", p)
			continue
		}
		doc, err := Parse(p, src)
		var pe *model.ParseError
		switch {
		case errors.As(err, &pe):
			t.Errorf("%s: parse error: %v", p, err)
			continue
		case err != nil:
			t.Errorf("%s: %v", p, err)
			continue
		}
		checkRanges(t, p, src, doc)
		want := knownNotes[p]
		switch {
		case want == "" && len(doc.Notes) > 0:
			t.Errorf("%s: unexpected notes %v", p, doc.Notes)
		case want != "" && (len(doc.Notes) != 1 || !strings.Contains(doc.Notes[0].Message, want)):
			t.Errorf("%s: want one note with %q, have %v", p, want, doc.Notes)
		}
		n, s := 0, 0
		for _, ph := range doc.View["phases"].([]any) {
			for _, sec := range []string{"commands", "finally"} {
				for _, c := range ph.(map[string]any)[sec].([]any) {
					n++
					s += len(c.(map[string]any)["cmds"].([]any))
				}
			}
		}
		commands, simple = commands+n, simple+s
		t.Logf("ok %s: %d commands, %d simple commands, %d notes", p, n, s, len(doc.Notes))
	}
	t.Logf("%d buildspecs, %d commands, %d simple commands", len(paths), commands, simple)
}

// TestCorpusInline finds the inline buildspecs of the corpus's
// CloudFormation templates and Terraform modules, and reports each with
// the range of its first command.
func TestCorpusInline(t *testing.T) {
	root := shared.Path(t, "corpus")
	var templates, modules int
	byDir := map[string]*model.Unit{}
	var found []*model.Document
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		ext := strings.ToLower(filepath.Ext(p))
		switch {
		case ext == ".tf":
			src, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			dir := path.Dir(rel)
			if byDir[dir] == nil {
				byDir[dir] = &model.Unit{Path: dir}
			}
			byDir[dir].Files = append(byDir[dir].Files, model.File{Path: rel, Src: src})
		case ext == ".yaml" || ext == ".yml" || ext == ".json" || ext == ".template":
			src, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			if !bytes.Contains(src, []byte("AWS::CodeBuild::Project")) || !cloudformation.Detect(src) {
				return nil
			}
			tpl, err := (&cloudformation.Parser{}).ParseTemplate(rel, src)
			if err != nil {
				return nil
			}
			templates++
			for _, d := range FromTemplate(tpl, src) {
				checkRanges(t, rel, src, d)
				found = append(found, d)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range slices.Sorted(maps.Keys(byDir)) {
		u := byDir[dir]
		if !slices.ContainsFunc(u.Files, func(f model.File) bool { return bytes.Contains(f.Src, []byte(`"aws_codebuild_project"`)) }) {
			continue
		}
		modules++
		cfg, _ := (&terraform.Reader{}).Evaluate(context.Background(), *u)
		if cfg == nil {
			continue
		}
		found = append(found, FromTerraform(cfg, *u)...)
	}
	for _, d := range found {
		emb := d.View["embedded"].(map[string]any)
		t.Logf("inline %s %s (%s): first command at %v", d.Path, emb["resource"], emb["attribute"], firstRange(d))
		if len(d.Notes) > 0 {
			t.Errorf("%s: unexpected notes %v", d.Path, d.Notes)
		}
	}
	t.Logf("%d inline buildspecs in %d templates and %d modules with CodeBuild projects", len(found), templates, modules)
}

// firstRange is the range of the first command of a buildspec document.
func firstRange(d *model.Document) string {
	for _, ph := range d.View["phases"].([]any) {
		for _, c := range ph.(map[string]any)["commands"].([]any) {
			r := d.Source[c.(map[string]any)["src"].(string)]
			return r.String()
		}
	}
	return "(no command)"
}
