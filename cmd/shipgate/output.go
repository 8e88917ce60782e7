package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// isStdout reports whether an --output destination means standard output.
func isStdout(dest string) bool { return dest == "-" || dest == "/dev/stdout" }

// sameFile returns a key equal for two destinations that name the same
// file: the absolute path with symbolic links resolved when it exists.
func sameFile(dest string) string {
	abs, err := filepath.Abs(dest)
	if err != nil {
		return filepath.Clean(dest)
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real
	}
	return abs
}

// writeOutput writes a report to dest. A regular file, or one that does
// not exist yet, is written through a temporary file in the same directory
// and renamed over it, so a failed or interrupted run never leaves a
// truncated report; an existing file keeps its permissions and a new one
// is created 0644 under the umask. A symbolic link is written through,
// never replaced, and a device or named pipe (/dev/stderr, a process
// substitution) is written in place.
func writeOutput(ctx context.Context, dest string, write func(io.Writer) error) error {
	target := dest
	info, err := os.Lstat(dest)
	if err == nil && info.Mode()&fs.ModeSymlink != 0 {
		if target, err = filepath.EvalSymlinks(dest); err != nil {
			// A dangling link: create its target through it.
			return writeInPlace(dest, true, write)
		}
		info, err = os.Stat(target)
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return writeReplace(ctx, target, nil, write)
	case err != nil:
		return err
	case info.IsDir():
		return errors.New("is a directory")
	case info.Mode().IsRegular():
		return writeReplace(ctx, target, info, write)
	default:
		return writeInPlace(target, false, write)
	}
}

// writeReplace writes target through a temporary file renamed over it.
// existing is target's FileInfo, nil when it does not exist. When the
// directory does not let us create a file, the report is written in place.
func writeReplace(ctx context.Context, target string, existing fs.FileInfo, write func(io.Writer) error) error {
	tmp, err := createTemp(filepath.Dir(target))
	if errors.Is(err, fs.ErrPermission) && existing != nil {
		return writeInPlace(target, true, write)
	}
	if err != nil {
		return err
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if existing != nil {
		if err := tmp.Chmod(existing.Mode().Perm()); err != nil {
			return err
		}
	}
	if err := write(tmp); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err // interrupted: leave the old report, and no temporary file
	}
	if err := os.Rename(tmp.Name(), target); err != nil {
		return err
	}
	done = true
	return nil
}

// createTemp creates a new file in dir, 0644 under the umask (os.CreateTemp
// makes it 0600, too strict for a report that CI uploads or a team reads).
func createTemp(dir string) (*os.File, error) {
	for range 100 {
		var b [8]byte
		rand.Read(b[:])
		name := filepath.Join(dir, ".shipgate-"+hex.EncodeToString(b[:])+".tmp")
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, err
	}
	return nil, fmt.Errorf("create temporary file in %s: too many attempts", dir)
}

// writeInPlace opens path for writing and writes the report into it,
// truncating and creating it when regular is set.
func writeInPlace(path string, regular bool, write func(io.Writer) error) error {
	flag := os.O_WRONLY
	if regular {
		flag |= os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(path, flag, 0o644)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
