package scanner

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/shipgate/shipgate/internal/regular"
)

// maxReadSize bounds a file a reader reads besides its unit (file() in
// Terraform).
const maxReadSize = 4 << 20

// readInside returns a function that reads regular files under root only:
// a path that leaves it, directly or through a symbolic link, is refused,
// and the file is read as inputs are (regular.Read: never a pipe or a
// device, at most maxReadSize bytes).
func readInside(root string) func(string) ([]byte, error) {
	return func(p string) ([]byte, error) {
		real, err := resolveInside(root, p)
		if err != nil {
			return nil, err
		}
		b, err := regular.Read(real, maxReadSize)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		return b, nil
	}
}

// listInside returns a function that lists the regular files of a
// directory under root, by slash path; anything outside root, directly or
// through a link, is refused.
func listInside(root string) func(string) ([]string, error) {
	return func(dir string) ([]string, error) {
		real, err := resolveInside(root, dir)
		if err != nil {
			return nil, err
		}
		entries, err := os.ReadDir(real)
		if err != nil {
			return nil, err
		}
		clean := path.Clean(dir)
		var out []string
		for _, e := range entries {
			if e.Type().IsRegular() {
				out = append(out, path.Join(clean, e.Name()))
			}
		}
		return out, nil
	}
}

// resolveInside resolves slash path p, which must be under root, to its
// real path, which must be under root's real path too.
func resolveInside(root, p string) (string, error) {
	clean := path.Clean(p)
	if !withinSlash(root, clean) {
		return "", fmt.Errorf("%s is outside the scanned directory %s", p, root)
	}
	realRoot, err := filepath.EvalSymlinks(filepath.FromSlash(root))
	if err != nil {
		return "", err
	}
	real, err := filepath.EvalSymlinks(filepath.FromSlash(clean))
	if err != nil {
		return "", err
	}
	if !within(realRoot, real) {
		return "", fmt.Errorf("%s leads outside the scanned directory %s", p, root)
	}
	return real, nil
}

// withinSlash reports whether slash path p is root or below it.
func withinSlash(root, p string) bool {
	if root == "." {
		return !strings.HasPrefix(p, "../") && p != ".." && !path.IsAbs(p)
	}
	return p == root || strings.HasPrefix(p, strings.TrimSuffix(root, "/")+"/")
}
