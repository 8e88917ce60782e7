package scanner

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/parsers/cloudformation"
)

// tree writes files (content, or "->target" for a symbolic link, or "|" for
// a named pipe) under a new temporary directory and returns it.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for rel, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		var err error
		switch {
		case strings.HasPrefix(content, "->"):
			if runtime.GOOS == "windows" {
				t.Skip("symbolic links need privileges on Windows")
			}
			err = os.Symlink(filepath.FromSlash(content[2:]), p)
		case content == "|":
			err = mkfifo(p)
			if err != nil {
				t.Skip(err)
			}
		case strings.HasSuffix(rel, "/"):
			err = os.MkdirAll(p, 0o755)
		default:
			err = os.WriteFile(p, []byte(content), 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// discovered runs discover from dir and returns what it found as
// "path" or "path (explicit)", and its errors as "kind path: message",
// with dir and outside replaced by placeholders.
func discovered(t *testing.T, dir string, roots ...string) (cands, errs []string) {
	t.Helper()
	t.Chdir(dir)
	cs, es := discover(roots, nil, (&cloudformation.Reader{}).Match)
	for _, c := range cs {
		s := c.path
		if c.explicit {
			s += " (explicit)"
		}
		cands = append(cands, s)
	}
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		msg := strings.ReplaceAll(e.Message, real, "$DIR")
		errs = append(errs, string(e.Kind)+" "+e.Path+": "+msg)
	}
	return cands, errs
}

func TestDiscoverLinksAndDuplicates(t *testing.T) {
	const tmpl = "Resources: {B: {Type: AWS::S3::Bucket}}\n"
	tests := []struct {
		name      string
		files     map[string]string
		roots     []string
		want      []string
		wantErrs  []string
		outsideOK bool
	}{
		{
			name:  "symlinked root directory is followed",
			files: map[string]string{"real/a.yaml": tmpl, "link": "->real"},
			roots: []string{"link"},
			want:  []string{"link/a.yaml"},
		},
		{
			name:  "symlinked file argument is followed",
			files: map[string]string{"real/a.yaml": tmpl, "a.yaml": "->real/a.yaml"},
			roots: []string{"a.yaml"},
			want:  []string{"a.yaml (explicit)"},
		},
		{
			name: "link to a directory inside the root is followed",
			files: map[string]string{
				"root/x/a.yaml":    tmpl,
				"root/.git/":       "",
				"root/y/shared":    "->../z",
				"root/z/b.yaml":    tmpl,
				"root/z/c.yaml":    tmpl,
				"root/w/inner":     "->../../other",
				"other/o.yaml":     tmpl,
				"root/linked.yaml": "->x/a.yaml",
			},
			roots: []string{"root"},
			// Files reached both ways are reported under their own path.
			want:     []string{"root/x/a.yaml", "root/z/b.yaml", "root/z/c.yaml"},
			wantErrs: []string{"skipped root/w/inner: symbolic link to $DIR/other, outside the scan root; not followed"},
		},
		{
			name:  "a root through a link, then its parent: the first path wins",
			files: map[string]string{"root/in/sub/a.yaml": tmpl, "root/in/sub/b.yaml": tmpl, "root/link": "->in/sub", "root/in/": ""},
			roots: []string{"root/link", "root"},
			want:  []string{"root/link/a.yaml", "root/link/b.yaml"},
		},
		{
			name:  "link cycles end",
			files: map[string]string{"root/a/b.yaml": tmpl, "root/a/up": "->..", "root/a/self": "->.", "root/loop.yaml": "->loop.yaml"},
			roots: []string{"root"},
			want:  []string{"root/a/b.yaml"},
			wantErrs: []string{
				"skipped root/loop.yaml: broken symbolic link: too many levels of symbolic links",
			},
		},
		{
			name:  "links out of the root are reported, not followed",
			files: map[string]string{"root/zero.yaml": "->/dev/zero", "root/etc": "->/etc", "root/passwd": "->/etc/passwd", "root/gone.json": "->nowhere.json"},
			roots: []string{"root"},
			wantErrs: []string{
				"skipped root/etc: symbolic link to /etc, outside the scan root; not followed",
				"skipped root/gone.json: broken symbolic link: no such file or directory",
				"skipped root/zero.yaml: symbolic link to /dev/zero, outside the scan root; not followed",
			},
		},
		{
			name:     "named pipe in a tree is reported",
			files:    map[string]string{"root/p.yaml": "|", "root/other": "|", "root/a.yaml": tmpl},
			roots:    []string{"root"},
			want:     []string{"root/a.yaml"},
			wantErrs: []string{"skipped root/p.yaml: not a regular file (a named pipe); only regular files are scanned"},
		},
		{
			name:  "the same directory twice",
			files: map[string]string{"root/a.yaml": tmpl},
			roots: []string{"root", "./root/", "$DIR/root"},
			want:  []string{"root/a.yaml"},
		},
		{
			name:  "a file named and walked",
			files: map[string]string{"root/a.yaml": tmpl},
			roots: []string{"root", "$DIR/root/a.yaml"},
			want:  []string{"root/a.yaml (explicit)"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := tree(t, tt.files)
			roots := make([]string, len(tt.roots))
			for i, r := range tt.roots {
				roots[i] = strings.ReplaceAll(r, "$DIR", dir)
			}
			got, errs := discovered(t, dir, roots...)
			var wantErrs []string
			for _, e := range tt.wantErrs {
				if strings.Contains(e, "/etc") || strings.Contains(e, "/dev/zero") {
					if _, err := os.Stat("/etc/passwd"); err != nil {
						continue
					}
				}
				wantErrs = append(wantErrs, e)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("candidates (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(wantErrs, errs); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
		})
	}
}

// TestScanSymlinkedRoot is the silent pass of issue 6: a symbolic link to a
// directory with a critical finding scanned as "0 files", exit 0.
func TestScanSymlinkedRoot(t *testing.T) {
	dir := tree(t, map[string]string{"real/sg.yaml": sgTemplate, "link": "->real"})
	t.Chdir(dir)
	s := newScanner(t, Options{})
	res, err := s.Scan(context.Background(), []string{"link", filepath.Join(dir, "real")})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range res.Findings {
		got = append(got, f.Range.String()+" "+f.RuleID)
	}
	want := []string{"link/sg.yaml:10:11 AWS-EC2-001"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}

// TestScanNonRegular: a named pipe or a device named on the command line is
// a read error (the scan is incomplete), never a hang or an endless read.
func TestScanNonRegular(t *testing.T) {
	dir := tree(t, map[string]string{"fifo.yaml": "|", "ok.yaml": sgTemplate})
	t.Chdir(dir)
	roots := []string{"fifo.yaml", "ok.yaml"}
	if _, err := os.Stat("/dev/zero"); err == nil {
		roots = append(roots, "/dev/zero")
	}
	s := newScanner(t, Options{})
	res, err := s.Scan(context.Background(), roots)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range res.Errors {
		got = append(got, string(e.Kind)+" "+e.Path+": "+e.Message)
	}
	want := []string{"read fifo.yaml: cannot read: not a regular file (a named pipe); only regular files are scanned"}
	if len(roots) == 3 {
		want = append([]string{"read /dev/zero: cannot read: not a regular file (a character device); only regular files are scanned"}, want...)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	if len(res.Scanned) != 1 || len(res.Findings) == 0 {
		t.Errorf("ok.yaml: scanned %v with %d findings, want it scanned with findings", res.Scanned, len(res.Findings))
	}
}

// TestScanSizeLimit: a file over the limit is a "limit" error; the other
// files of the scan keep their findings.
func TestScanSizeLimit(t *testing.T) {
	dir := tree(t, map[string]string{"big.json": `{"Resources": {}}` + strings.Repeat(" ", 4096), "sg.yaml": sgTemplate})
	s := newScanner(t, Options{MaxFileSize: 2048})
	res, err := s.Scan(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range res.Errors {
		got = append(got, string(e.Kind)+" "+filepath.Base(e.Path)+": "+e.Message)
	}
	want := []string{"limit big.json: file is larger than the 2 KB limit (--max-file-size)"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	if len(res.Findings) == 0 {
		t.Error("sg.yaml lost its findings")
	}
}

// TestScanUTF16: templates in UTF-16 or UTF-32 with a byte order mark are
// decoded and scanned, with positions in the decoded text.
func TestScanUTF16(t *testing.T) {
	var want []string
	files := map[string]string{}
	for name, enc := range map[string]string{"le16.yaml": "utf-16le", "be32.yaml": "utf-32be"} {
		files[name] = string(encodeBOM(t, enc, sgTemplate))
		want = append(want, name+":10:11 AWS-EC2-001")
	}
	dir := tree(t, files)
	t.Chdir(dir)
	res, err := newScanner(t, Options{}).Scan(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range res.Findings {
		got = append(got, f.Range.String()+" "+f.RuleID)
	}
	if diff := cmp.Diff([]string{want[0], want[1]}, got, sortStrings); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}
