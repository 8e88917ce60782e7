//go:build unix

package scanner

import "syscall"

// mkfifo creates a named pipe, for tests that a scan never blocks on one.
func mkfifo(path string) error { return syscall.Mkfifo(path, 0o644) }
