package scanner

import (
	"context"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/scanner/model"
)

// dirReader is a test input kind whose unit is a directory: every "*.tf"
// file of a directory becomes part of one document, and each line
// "resource NAME" of any file is a resource whose range is that line of
// that file.
type dirReader struct{}

func (dirReader) Kind() model.Kind       { return model.KindTerraform }
func (dirReader) DirUnits() bool         { return true }
func (dirReader) Match(name string) bool { return path.Ext(name) == ".tf" }
func (dirReader) Detect(_ string, src []byte) model.Detection {
	if strings.Contains(string(src), "resource ") {
		return model.Claimed
	}
	return model.NotClaimed
}

func (dirReader) Parse(_ context.Context, u model.Unit) ([]*model.Document, error) {
	doc := &model.Document{Kind: model.KindTerraform, Path: u.Path, Source: map[string]model.Range{}, Resources: map[string]string{}}
	res := map[string]any{}
	for _, f := range u.Files {
		for i, line := range strings.Split(string(f.Src), "\n") {
			name, ok := strings.CutPrefix(line, "resource ")
			if !ok {
				continue
			}
			ptr := model.Pointer("/resources", name)
			res[name] = map[string]any{"file": f.Path}
			doc.Resources[name] = ptr
			doc.Source[ptr] = model.Range{File: f.Path, Start: model.Pos{Line: i + 1, Col: 1}, End: model.Pos{Line: i + 1, Col: len(line) + 1}}
		}
	}
	doc.Raw = map[string]any{"resources": res}
	doc.Source[""] = model.Range{File: u.Files[0].Path, Start: model.Pos{Line: 1, Col: 1}, End: model.Pos{Line: 1, Col: 1}}
	return []*model.Document{doc}, nil
}

const dirPolicy = `# METADATA
# title: test
# custom:
#   id: TEST-DIR-001
#   severity: high
#   kinds: [terraform]
package test.dir

deny contains {"msg": sprintf("resource %q is bad", [name]), "resource": name, "file": r.file} if {
	some name, r in input.raw.resources
	startswith(name, "bad")
}
`

// TestDirectoryUnits checks the registry seam with a directory reader: the
// files of one directory form one document, and a finding sits in the file
// where its range is, with that file's snippet source and a fingerprint
// built from that file.
func TestDirectoryUnits(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"mod/a.tf":      "resource good\n",
		"mod/b.tf":      "# comment\nresource bad_one\n",
		"mod/notes.txt": "resource bad_ignored\n",
		"other/c.tf":    "resource bad_two\n",
		"other/d.tf":    "nothing here\n",
		"pol/p.rego":    dirPolicy,
	}
	for rel, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s := newScanner(t, Options{NoBuiltin: true, Policies: []string{filepath.Join(dir, "pol")}, Readers: []model.Reader{dirReader{}}})
	res, err := s.Scan(context.Background(), []string{filepath.Join(dir, "mod"), filepath.Join(dir, "other")})
	if err != nil {
		t.Fatal(err)
	}
	rel := func(p string) string {
		r, err := filepath.Rel(filepath.ToSlash(dir), p)
		if err != nil {
			t.Fatal(err)
		}
		return filepath.ToSlash(r)
	}
	var scanned []string
	for _, f := range res.Scanned {
		scanned = append(scanned, rel(f.Path)+" "+string(f.Kind))
	}
	if diff := cmp.Diff([]string{"mod terraform", "other terraform"}, scanned); diff != "" {
		t.Errorf("scanned units (-want +got):\n%s", diff)
	}
	type placed struct {
		File  string
		Line  int
		Msg   string
		Print string
	}
	var got []placed
	for _, f := range res.Findings {
		got = append(got, placed{rel(f.Range.File), f.Range.Start.Line, f.Message, f.Fingerprint})
		if _, ok := res.Sources[f.Range.File]; !ok {
			t.Errorf("no source kept for %s", f.Range.File)
		}
	}
	want := []placed{
		{"mod/b.tf", 2, `resource "bad_one" is bad`, fingerprint("TEST-DIR-001", filepath.ToSlash(filepath.Join(dir, "mod/b.tf")), "bad_one", "/resources/bad_one")},
		{"other/c.tf", 1, `resource "bad_two" is bad`, fingerprint("TEST-DIR-001", filepath.ToSlash(filepath.Join(dir, "other/c.tf")), "bad_two", "/resources/bad_two")},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	if len(res.Errors) != 0 {
		t.Errorf("unexpected errors: %+v", res.Errors)
	}
}

func TestLocateInFile(t *testing.T) {
	r := func(file string, l int) model.Range {
		return model.Range{File: file, Start: model.Pos{Line: l, Col: 1}, End: model.Pos{Line: l, Col: 2}}
	}
	doc := &model.Document{Path: "mod", Source: map[string]model.Range{
		"":       r("mod/main.tf", 1),
		"/a":     r("mod/main.tf", 3),
		"/a/b":   r("mod/vars.tf", 7),
		"/a/b/c": r("mod/vars.tf", 8),
	}}
	top := func(file string) model.Range {
		return model.Range{File: file, Start: model.Pos{Line: 1, Col: 1}, End: model.Pos{Line: 1, Col: 1}}
	}
	tests := []struct {
		name, file, ptr string
		want            model.Range
	}{
		{"any file", "", "/a/b/c/d", r("mod/vars.tf", 8)},
		{"named file", "mod/vars.tf", "/a/b/c", r("mod/vars.tf", 8)},
		{"ancestor in another file skipped", "mod/main.tf", "/a/b/c", r("mod/main.tf", 3)},
		{"nothing in the file", "mod/other.tf", "/a/b", top("mod/other.tf")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, locate(doc, tt.file, tt.ptr)); diff != "" {
				t.Error(diff)
			}
		})
	}
}

// TestSensitiveValuesRedacted checks that a message never prints the value
// of a Terraform variable declared sensitive.
func TestSensitiveValuesRedacted(t *testing.T) {
	dir := t.TempDir()
	tf := `variable "admin_cidr" {
  type      = string
  sensitive = true
  default   = "0.0.0.0/0"
}

resource "aws_security_group" "admin" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.admin_cidr]
  }
}
`
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(tf), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := newScanner(t, Options{}).Scan(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range res.Findings {
		if f.RuleID != "AWS-EC2-001" {
			continue
		}
		found = true
		if strings.Contains(f.Message, "0.0.0.0/0") || !strings.Contains(f.Message, "(sensitive)") {
			t.Errorf("message prints a sensitive value: %s", f.Message)
		}
	}
	if !found {
		t.Fatalf("no AWS-EC2-001 finding: %+v", res.Findings)
	}
}
