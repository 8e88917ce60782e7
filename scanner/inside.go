package scanner

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// maxReadSize bounds a file a reader reads besides its unit (file() in
// Terraform).
const maxReadSize = 4 << 20

// readInside returns a function that reads regular files under root only:
// a path that leaves it, directly or through a symbolic link, is refused.
func readInside(root string) func(string) ([]byte, error) {
	return func(p string) ([]byte, error) {
		clean := path.Clean(p)
		if !withinSlash(root, clean) {
			return nil, fmt.Errorf("%s is outside the scanned directory %s", p, root)
		}
		realRoot, err := filepath.EvalSymlinks(filepath.FromSlash(root))
		if err != nil {
			return nil, err
		}
		real, err := filepath.EvalSymlinks(filepath.FromSlash(clean))
		if err != nil {
			return nil, err
		}
		if !within(realRoot, real) {
			return nil, fmt.Errorf("%s leads outside the scanned directory %s", p, root)
		}
		f, err := os.Open(real)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		info, err := f.Stat()
		if err != nil {
			return nil, err
		}
		if !info.Mode().IsRegular() {
			return nil, errors.New(p + " is not a regular file")
		}
		b, err := io.ReadAll(io.LimitReader(f, maxReadSize+1))
		if err != nil {
			return nil, err
		}
		if len(b) > maxReadSize {
			return nil, fmt.Errorf("%s is larger than %d bytes", p, maxReadSize)
		}
		return b, nil
	}
}

// listInside returns a function that lists the regular files of a
// directory under root, by slash path; anything outside root, directly or
// through a link, is refused.
func listInside(root string) func(string) ([]string, error) {
	return func(dir string) ([]string, error) {
		clean := path.Clean(dir)
		if !withinSlash(root, clean) {
			return nil, fmt.Errorf("%s is outside the scanned directory %s", dir, root)
		}
		realRoot, err := filepath.EvalSymlinks(filepath.FromSlash(root))
		if err != nil {
			return nil, err
		}
		real, err := filepath.EvalSymlinks(filepath.FromSlash(clean))
		if err != nil {
			return nil, err
		}
		if !within(realRoot, real) {
			return nil, fmt.Errorf("%s leads outside the scanned directory %s", dir, root)
		}
		entries, err := os.ReadDir(real)
		if err != nil {
			return nil, err
		}
		var out []string
		for _, e := range entries {
			if e.Type().IsRegular() {
				out = append(out, path.Join(clean, e.Name()))
			}
		}
		return out, nil
	}
}

// withinSlash reports whether slash path p is root or below it.
func withinSlash(root, p string) bool {
	if root == "." {
		return !strings.HasPrefix(p, "../") && p != ".." && !path.IsAbs(p)
	}
	return p == root || strings.HasPrefix(p, strings.TrimSuffix(root, "/")+"/")
}
