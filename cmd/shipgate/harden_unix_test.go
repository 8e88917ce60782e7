//go:build unix

package main

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestOutputFiles: reports are created 0644 under the umask, an existing
// report keeps its mode, and a symbolic link or a named pipe is written
// through rather than replaced by a regular file.
func TestOutputFiles(t *testing.T) {
	old := syscall.Umask(0o022)
	t.Cleanup(func() { syscall.Umask(old) })

	type file struct {
		mode fs.FileMode // type and permissions
		link string      // target, for a link
	}
	tests := []struct {
		name  string
		setup func(t *testing.T, dir string)
		dest  string
		// want describes the directory afterwards; report.json (or the
		// link's target) must hold the JSON report.
		want   map[string]file
		holder string
	}{
		{
			name:   "new file",
			setup:  func(*testing.T, string) {},
			dest:   "report.json",
			want:   map[string]file{"report.json": {mode: 0o644}},
			holder: "report.json",
		},
		{
			name:   "existing file keeps its mode",
			setup:  func(t *testing.T, dir string) { write(t, filepath.Join(dir, "report.json"), 0o600) },
			dest:   "report.json",
			want:   map[string]file{"report.json": {mode: 0o600}},
			holder: "report.json",
		},
		{
			name: "symbolic link is written through",
			setup: func(t *testing.T, dir string) {
				write(t, filepath.Join(dir, "real.json"), 0o640)
				symlink(t, "real.json", filepath.Join(dir, "report.json"))
			},
			dest:   "report.json",
			want:   map[string]file{"report.json": {mode: fs.ModeSymlink | 0o777, link: "real.json"}, "real.json": {mode: 0o640}},
			holder: "real.json",
		},
		{
			name:   "dangling link creates its target",
			setup:  func(t *testing.T, dir string) { symlink(t, "made.json", filepath.Join(dir, "report.json")) },
			dest:   "report.json",
			want:   map[string]file{"report.json": {mode: fs.ModeSymlink | 0o777, link: "made.json"}, "made.json": {mode: 0o644}},
			holder: "made.json",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "app.yaml"), appYAML(t), 0o644); err != nil {
				t.Fatal(err)
			}
			tt.setup(t, dir)
			t.Chdir(dir)
			var stdout, stderr bytes.Buffer
			if code := run([]string{"scan", "app.yaml", "--output", "json=" + tt.dest}, nil, &stdout, &stderr); code != exitFindings {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			got := map[string]file{}
			entries, _ := os.ReadDir(dir)
			for _, e := range entries {
				if e.Name() == "app.yaml" {
					continue
				}
				info, err := os.Lstat(filepath.Join(dir, e.Name()))
				if err != nil {
					t.Fatal(err)
				}
				f := file{mode: info.Mode()}
				if info.Mode()&fs.ModeSymlink != 0 {
					f.link, _ = os.Readlink(filepath.Join(dir, e.Name()))
				}
				got[e.Name()] = f
			}
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(file{})); diff != "" {
				t.Errorf("directory (-want +got):\n%s", diff)
			}
			b, err := os.ReadFile(filepath.Join(dir, tt.holder))
			if err != nil || !bytes.HasPrefix(b, []byte("{")) {
				t.Errorf("%s holds %.30q, %v; want the JSON report", tt.holder, b, err)
			}
		})
	}
}

// TestOutputFIFO: a named pipe (a process substitution) is written in
// place, and stays a pipe.
func TestOutputFIFO(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "out.sarif")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip(err)
	}
	got := make(chan []byte)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- nil
			return
		}
		b, _ := io.ReadAll(f)
		f.Close()
		got <- b
	}()
	_, code, _, stderr := inDir(t, "scan", "app.yaml", "--output", "sarif="+fifo)
	if code != exitFindings {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if b := <-got; !bytes.Contains(b, []byte(`"version": "2.1.0"`)) {
		t.Errorf("read %.40q from the pipe, want the SARIF log", b)
	}
	if info, err := os.Lstat(fifo); err != nil || info.Mode()&fs.ModeNamedPipe == 0 {
		t.Errorf("%s is no longer a named pipe: %v, %v", fifo, info.Mode(), err)
	}
}

// TestStderrEscaped: a policy file name from a checked-out repository
// cannot inject a workflow command or terminal escapes into the CI log.
func TestStderrEscaped(t *testing.T) {
	dir := t.TempDir()
	name := "x\n::error file=app.yaml::pwned\x1b[2J.rego"
	if err := os.WriteFile(filepath.Join(dir, name), []byte("package broken\n this is not rego"), 0o644); err != nil {
		t.Skip(err)
	}
	_, code, _, stderr := inDir(t, "scan", "app.yaml", "--policy", dir)
	if code != exitUsage {
		t.Errorf("exit %d, want 2", code)
	}
	for _, line := range strings.Split(stderr, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "::") || strings.Contains(line, "\x1b") {
			t.Errorf("stderr line %q is a workflow command or holds an escape", line)
		}
	}
	// The line feed in the name starts a line of the message: its "::"
	// is neutralised there.
	if !strings.Contains(stderr, "x\n"+`\x3a:error file=app.yaml::pwned\x1b[2J.rego:2: `) {
		t.Errorf("stderr does not name the file escaped:\n%s", stderr)
	}
}

func mkfifo(path string) error { return syscall.Mkfifo(path, 0o644) }

func write(t *testing.T, path string, mode fs.FileMode) {
	t.Helper()
	if err := os.WriteFile(path, []byte("old"), mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, mode); err != nil {
		t.Fatal(err)
	}
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}
