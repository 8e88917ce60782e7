package scanner

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadInside checks that a reader can read files of its scan root and
// nothing else: not a path that climbs out, not a symbolic link that leads
// out, not a directory.
func TestReadInside(t *testing.T) {
	base := t.TempDir()
	root := filepath.Join(base, "repo")
	if err := os.MkdirAll(filepath.Join(root, "mod"), 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(p, s string) {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(root, "mod", "policy.json"), "{}")
	write(filepath.Join(base, "secret"), "password")
	if err := os.Symlink(filepath.Join(base, "secret"), filepath.Join(root, "mod", "link.json")); err != nil {
		t.Fatal(err)
	}
	read := readInside(filepath.ToSlash(root))
	slash := func(p string) string { return filepath.ToSlash(filepath.Join(root, p)) }
	if b, err := read(slash("mod/policy.json")); err != nil || string(b) != "{}" {
		t.Errorf("file inside: %q, %v", b, err)
	}
	for _, p := range []string{slash("mod/../../secret"), slash("mod/link.json"), slash("mod"), filepath.ToSlash(filepath.Join(base, "secret"))} {
		if b, err := read(p); err == nil {
			t.Errorf("%s: read %q, want an error", strings.TrimPrefix(p, base), b)
		}
	}
	list := listInside(filepath.ToSlash(root))
	if names, err := list(slash("mod")); err != nil || len(names) != 1 || !strings.HasSuffix(names[0], "/mod/policy.json") {
		t.Errorf("list inside: %v, %v (want policy.json only: links are not listed)", names, err)
	}
	if names, err := list(slash("..")); err == nil {
		t.Errorf("list outside: %v, want an error", names)
	}
}
