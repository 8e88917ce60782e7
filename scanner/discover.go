package scanner

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/shipgate/shipgate/scanner/model"
)

// skipDirs are directories never descended into: version control, package
// caches and tool state that hold copies of other people's code.
var skipDirs = map[string]bool{
	".git":         true,
	".hg":          true,
	".svn":         true,
	"node_modules": true,
	".terraform":   true,
	".venv":        true,
	"__pycache__":  true,
}

// candidate is a file found by discovery. Explicit files were named on the
// command line, so they must be scanned or reported as not scanned.
type candidate struct {
	path     string // as reported: slash-separated
	osPath   string // as opened
	explicit bool
	// root is the scan root the file was found under (its directory when
	// named explicitly), as reported: readers may read other files only
	// inside it.
	root string
}

// discover walks roots and returns candidate files, sorted by path, and
// errors for roots that do not exist. A walk keeps the files whose base
// name match accepts (some reader may claim them); content decides later.
func discover(roots []string, exclude []string, match func(name string) bool) ([]candidate, []model.FileError) {
	var out []candidate
	var errs []model.FileError
	seen := map[string]int{} // path → index in out
	add := func(c candidate) {
		if i, ok := seen[c.path]; ok {
			// Found by a walk and also named explicitly: it is explicit.
			out[i].explicit = out[i].explicit || c.explicit
			return
		}
		seen[c.path] = len(out)
		out = append(out, c)
	}
	for _, root := range roots {
		info, err := os.Stat(root)
		if err != nil {
			errs = append(errs, model.FileError{Path: filepath.ToSlash(root), Kind: model.ErrRead, Message: fmt.Sprintf("cannot read: %v", unwrapPathErr(err))})
			continue
		}
		if !info.IsDir() {
			// A file named on the command line is scanned even when an
			// exclude pattern matches it: the user asked for it.
			add(candidate{path: cleanSlash(root), osPath: root, explicit: true, root: path.Dir(cleanSlash(root))})
			continue
		}
		walkErr := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			rel := cleanSlash(p)
			if err != nil {
				errs = append(errs, model.FileError{Path: rel, Kind: model.ErrRead, Message: fmt.Sprintf("cannot read: %v", unwrapPathErr(err))})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if p != root && excluded(rel, relTo(root, p), exclude) {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if p != root && (skipDirs[d.Name()] || isCDKAsset(rel)) {
					return fs.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() || !match(d.Name()) {
				return nil
			}
			add(candidate{path: rel, osPath: p, root: cleanSlash(root)})
			return nil
		})
		if walkErr != nil {
			errs = append(errs, model.FileError{Path: cleanSlash(root), Kind: model.ErrRead, Message: walkErr.Error()})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].path < out[j].path })
	return out, errs
}

// isCDKAsset reports whether a directory is a CDK asset staging folder
// (cdk.out/asset.<hash>): bundled Lambda code and Docker contexts, not
// templates. The templates sit directly in cdk.out and are scanned.
func isCDKAsset(rel string) bool {
	dir, base := path.Split(rel)
	return strings.HasPrefix(base, "asset.") && path.Base(strings.TrimSuffix(dir, "/")) == "cdk.out"
}

// excluded matches --exclude globs against the path as reported, the path
// relative to the walk root, and the base name, so "*.json", "test/**" and
// "infra/legacy/*" all do what a user expects.
func excluded(rel, relRoot string, patterns []string) bool {
	for _, pat := range patterns {
		pat = strings.TrimSuffix(filepath.ToSlash(pat), "/")
		for _, cand := range []string{rel, relRoot, path.Base(rel)} {
			if globMatch(pat, cand) {
				return true
			}
		}
	}
	return false
}

// globMatch is path.Match with "**" matching any number of path segments.
func globMatch(pattern, name string) bool {
	if !strings.Contains(pattern, "**") {
		ok, _ := path.Match(pattern, name)
		return ok
	}
	pp := strings.Split(pattern, "/")
	np := strings.Split(name, "/")
	var match func(pi, ni int) bool
	match = func(pi, ni int) bool {
		for pi < len(pp) {
			if pp[pi] == "**" {
				for k := ni; k <= len(np); k++ {
					if match(pi+1, k) {
						return true
					}
				}
				return false
			}
			if ni >= len(np) {
				return false
			}
			if ok, _ := path.Match(pp[pi], np[ni]); !ok {
				return false
			}
			pi++
			ni++
		}
		return ni == len(np)
	}
	return match(0, 0)
}

func relTo(root, p string) string {
	r, err := filepath.Rel(root, p)
	if err != nil {
		return cleanSlash(p)
	}
	return filepath.ToSlash(r)
}

func cleanSlash(p string) string { return filepath.ToSlash(filepath.Clean(p)) }

// unwrapPathErr drops the *fs.PathError wrapper, whose path we print already.
func unwrapPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
