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
	// real is the file's path with every symbolic link resolved: a file
	// reached by two paths ("dir" and "$PWD/dir", or through a link) is
	// scanned once.
	real string
	// viaLink is set when path goes through a symbolic link inside a walked
	// tree; the same file reached without one is reported under that path.
	viaLink bool
	// root is the scan root the file was found under (its directory when
	// named explicitly), as reported: readers may read other files only
	// inside it.
	root string
}

// discover walks roots and returns candidate files, sorted by path, and
// errors for roots that do not exist and for what a walk cannot follow. A
// walk keeps the files whose base name match accepts (some reader may
// claim them); content decides later.
func discover(roots []string, exclude []string, match func(name string) bool) ([]candidate, []model.FileError) {
	d := &discovery{exclude: exclude, match: match, byReal: map[string]int{}}
	for _, root := range roots {
		d.root(root)
	}
	sort.Slice(d.out, func(i, j int) bool { return d.out[i].path < d.out[j].path })
	return d.out, d.errs
}

// discovery collects the candidates of one scan.
type discovery struct {
	exclude []string
	match   func(name string) bool
	out     []candidate
	errs    []model.FileError
	byReal  map[string]int // real path → index in out
}

func (d *discovery) add(c candidate) {
	i, ok := d.byReal[c.real]
	if !ok {
		d.byReal[c.real] = len(d.out)
		d.out = append(d.out, c)
		return
	}
	prev := &d.out[i]
	if prev.viaLink && !c.viaLink && !prev.explicit {
		prev.path, prev.osPath, prev.viaLink = c.path, c.osPath, false
	}
	// Found by a walk and also named explicitly: it is explicit.
	prev.explicit = prev.explicit || c.explicit
}

func (d *discovery) fail(path string, kind model.ErrorKind, format string, args ...any) {
	d.errs = append(d.errs, model.FileError{Path: path, Kind: kind, Message: fmt.Sprintf(format, args...)})
}

// root adds a path named on the command line: a file, or a directory to
// walk. Symbolic links in the path itself are followed: the user named it.
func (d *discovery) root(root string) {
	info, err := os.Stat(root)
	if err != nil {
		d.fail(filepath.ToSlash(root), model.ErrRead, "cannot read: %v", unwrapPathErr(err))
		return
	}
	real := realPath(root)
	if !info.IsDir() {
		// A file named on the command line is scanned even when an
		// exclude pattern matches it: the user asked for it. Whether it is
		// a regular file is checked when it is opened.
		d.add(candidate{path: cleanSlash(root), osPath: root, explicit: true, real: real, root: path.Dir(cleanSlash(root))})
		return
	}
	w := &walk{d: d, root: root, rootReal: real, visited: map[string]bool{}}
	w.dir(root, real, false)
	// Links to directories are followed once the tree itself is walked,
	// so a file is reported under its own path rather than a link's
	// whenever the walk reaches it both ways; visited directories are
	// never walked again, which also ends link cycles.
	for len(w.links) > 0 {
		l := w.links[0]
		w.links = w.links[1:]
		if !w.visited[l.real] {
			w.dir(l.osPath, l.real, true)
		}
	}
}

// realPath resolves every symbolic link in p, or returns p made absolute
// when that fails.
func realPath(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		abs = p
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r
	}
	return abs
}

// walk is the walk of one root directory.
type walk struct {
	d        *discovery
	root     string
	rootReal string
	// visited holds the real path of every directory walked.
	visited map[string]bool
	// links are links to directories inside the root, still to walk.
	links []dirLink
}

type dirLink struct{ osPath, real string }

// dir walks the directory osDir, whose real path is real. viaLink tells
// whether osDir was reached through a symbolic link.
func (w *walk) dir(osDir, real string, viaLink bool) {
	w.visited[real] = true
	entries, err := os.ReadDir(osDir)
	if err != nil {
		// ReadDir returns what it read before the error; walk that too.
		w.d.fail(cleanSlash(osDir), model.ErrRead, "cannot read: %v", unwrapPathErr(err))
	}
	for _, e := range entries {
		p := filepath.Join(osDir, e.Name())
		rel := cleanSlash(p)
		if excluded(rel, relTo(w.root, p), w.d.exclude) {
			continue
		}
		wanted := w.d.match(e.Name())
		switch t := e.Type(); {
		case t.IsDir():
			if !skipDirs[e.Name()] && !isCDKAsset(rel) {
				w.dir(p, filepath.Join(real, e.Name()), viaLink)
			}
		case t&fs.ModeSymlink != 0:
			w.link(p, filepath.Join(real, e.Name()), rel, wanted)
		case !wanted:
		case t.IsRegular():
			w.d.add(candidate{path: rel, osPath: p, real: filepath.Join(real, e.Name()), viaLink: viaLink, root: cleanSlash(w.root)})
		default:
			w.d.fail(rel, model.ErrSkipped, "%v", &notRegularError{mode: t})
		}
	}
}

// link follows a symbolic link met in the walk: to a directory or a
// candidate file inside the root. A link leading out of the root is
// reported and not followed, so a checked-out repository cannot make the
// scan read /dev/zero or the runner's home directory.
func (w *walk) link(p, real, rel string, wanted bool) {
	info, err := os.Stat(p)
	var target string
	if err == nil {
		target, err = filepath.EvalSymlinks(real)
	}
	if err != nil {
		if wanted {
			w.d.fail(rel, model.ErrSkipped, "broken symbolic link: %v", unwrapPathErr(err))
		}
		return
	}
	if !within(w.rootReal, target) {
		if info.IsDir() || wanted {
			w.d.fail(rel, model.ErrSkipped, "symbolic link to %s, outside the scan root; not followed", target)
		}
		return
	}
	switch {
	case info.IsDir():
		if !skipDirs[filepath.Base(p)] && !isCDKAsset(rel) {
			w.links = append(w.links, dirLink{osPath: p, real: target})
		}
	case !wanted:
	case info.Mode().IsRegular():
		w.d.add(candidate{path: rel, osPath: p, real: target, viaLink: true, root: cleanSlash(w.root)})
	default:
		w.d.fail(rel, model.ErrSkipped, "%v", &notRegularError{mode: info.Mode()})
	}
}

// within reports whether the real path p is dir or inside it.
func within(dir, p string) bool {
	if p == dir {
		return true
	}
	return strings.HasPrefix(p, strings.TrimSuffix(dir, string(filepath.Separator))+string(filepath.Separator))
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
