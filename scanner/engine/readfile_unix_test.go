//go:build unix

package engine

import (
	"context"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestPolicyFIFO: a named pipe in a --policy directory, or named as one,
// is a load error; loading used to block on it forever.
func TestPolicyFIFO(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "p.rego")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip(err)
	}
	for _, extra := range []string{dir, fifo} {
		_, err := New(context.Background(), Options{Extra: []string{extra}})
		want := "read policy: " + fifo + ": not a regular file (a named pipe)"
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("New with --policy %s: error %v, want one containing %q", extra, err, want)
		}
	}
}
