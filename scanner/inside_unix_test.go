//go:build unix

package scanner

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestReadInsidePipe checks that a named pipe a Terraform file() names is
// refused at once, not opened and waited on.
func TestReadInsidePipe(t *testing.T) {
	root := t.TempDir()
	pipe := filepath.Join(root, "policy.json")
	if err := mkfifo(pipe); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	_, err := readInside(filepath.ToSlash(root))(filepath.ToSlash(pipe))
	if err == nil || !strings.Contains(err.Error(), "not a regular file (a named pipe)") {
		t.Fatalf("err = %v, want a named-pipe error", err)
	}
}
