package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/shipgate/shipgate/scanner/model"
)

// Bounds on what git may cost or send back: its output comes from the
// scanned repository (file names, blobs) and is read like any other
// hostile input.
const (
	gitTimeout   = 30 * time.Second
	gitMaxList   = 16 << 20 // a -z list of paths
	gitMaxBlob   = 64 << 20 // one staged file
	gitMaxStderr = 4 << 10
	// Callers of a changed Terraform module are found by reading the .tf
	// files of the repository, at most this many of at most this size.
	maxCallerFiles    = 20000
	maxCallerFileSize = 1 << 20
)

// changeSet is the files a changed-files scan looks at: the changed files
// themselves and, for a changed Terraform file, every file of its module
// and of the modules that call it, so that the module is evaluated as a
// full scan evaluates it. Paths are absolute with symbolic links resolved.
type changeSet struct {
	top      string          // the repository's top directory
	changed  map[string]bool // changed (or staged) files, not deleted
	unstaged map[string]bool // files whose working copy differs from the index
	modDirs  map[string]bool // directories of the changed modules and their callers
	// indexed, for --staged, holds the files of modDirs in the index: an
	// untracked file is not part of the commit being checked.
	indexed map[string]bool

	mu    sync.Mutex
	canon map[string]string // directory → real directory
}

// newChangeSet asks git, in the repository holding the first scan path,
// which files changed: since the merge base of ref and HEAD (through the
// working tree), or in the index when staged.
func newChangeSet(ctx context.Context, paths []string, ref string, staged bool) (*changeSet, error) {
	dir := "."
	if len(paths) > 0 {
		dir = paths[0]
	}
	if info, err := os.Stat(dir); err == nil && !info.IsDir() {
		dir = filepath.Dir(dir)
	}
	out, err := runGit(ctx, dir, gitMaxList, "rev-parse", "--show-toplevel")
	if err != nil {
		return nil, fmt.Errorf("%s is not inside a git repository: %w", dir, err)
	}
	top, err := filepath.EvalSymlinks(strings.TrimRight(string(out), "\r\n"))
	if err != nil {
		return nil, fmt.Errorf("resolve repository top: %w", err)
	}
	cs := &changeSet{top: top, changed: map[string]bool{}, unstaged: map[string]bool{}, modDirs: map[string]bool{}, canon: map[string]string{}}

	var names []byte
	if staged {
		names, err = runGit(ctx, top, gitMaxList, "diff", "--cached", "--name-only", "-z", "--no-ext-diff", "--diff-filter=d", "--")
		if err != nil {
			return nil, err
		}
		unstaged, err := runGit(ctx, top, gitMaxList, "diff", "--name-only", "-z", "--no-ext-diff", "--")
		if err != nil {
			return nil, err
		}
		for _, n := range splitZ(unstaged) {
			cs.unstaged[filepath.Join(top, filepath.FromSlash(n))] = true
		}
	} else {
		if ref == "" || strings.HasPrefix(ref, "-") || strings.ContainsAny(ref, "\x00\n") {
			return nil, fmt.Errorf("%q is not a git revision", ref)
		}
		base, err := runGit(ctx, top, gitMaxList, "merge-base", ref, "HEAD")
		var ee *exec.ExitError
		if errors.As(err, &ee) && ee.ExitCode() == 1 {
			// merge-base says nothing when the histories do not meet.
			return nil, fmt.Errorf("%q and HEAD have no common ancestor; in a shallow clone, fetch the history of both (fetch-depth: 0)", ref)
		}
		if err != nil {
			return nil, err
		}
		// Renamed files are listed under their new name; deleted ones
		// are left out.
		names, err = runGit(ctx, top, gitMaxList, "diff", "--name-only", "-z", "--no-ext-diff", "--diff-filter=d", strings.TrimSpace(string(base)), "--")
		if err != nil {
			return nil, err
		}
	}
	var tfDirs []string
	for _, n := range splitZ(names) {
		p := filepath.Join(top, filepath.FromSlash(n))
		cs.changed[p] = true
		if isTerraform(p) {
			tfDirs = append(tfDirs, filepath.Dir(p))
		}
	}
	if len(tfDirs) > 0 {
		callers, children := moduleCalls(top)
		// The root modules that reach a changed module, and every module
		// those roots call: the units a full scan evaluates the changed
		// module in.
		roots := closure(tfDirs, callers)
		cs.modDirs = closure(slices.Collect(maps.Keys(roots)), children)
		if staged {
			args := []string{"ls-files", "-z", "--"}
			for d := range cs.modDirs {
				if rel, err := filepath.Rel(top, d); err == nil {
					args = append(args, filepath.ToSlash(rel))
				}
			}
			files, err := runGit(ctx, top, gitMaxList, args...)
			if err != nil {
				return nil, err
			}
			cs.indexed = map[string]bool{}
			for _, n := range splitZ(files) {
				cs.indexed[filepath.Join(top, filepath.FromSlash(n))] = true
			}
		}
	}
	return cs, nil
}

// closure is every directory reachable from dirs through edges, dirs
// included.
func closure(dirs []string, edges map[string][]string) map[string]bool {
	seen := map[string]bool{}
	for len(dirs) > 0 {
		d := dirs[0]
		dirs = dirs[1:]
		if seen[d] {
			continue
		}
		seen[d] = true
		dirs = append(dirs, edges[d]...)
	}
	return seen
}

// only selects the files to scan (scanner.Options.Only).
func (cs *changeSet) only(real string) bool {
	if cs.changed[real] {
		return true
	}
	if !isTerraform(real) || !cs.modDirs[filepath.Dir(real)] {
		return false
	}
	return cs.indexed == nil || cs.indexed[real]
}

// content supplies the staged version of the files whose working copy is
// not what is staged (scanner.Options.Content).
func (cs *changeSet) content(real string) ([]byte, bool, error) {
	if !cs.changed[real] && !cs.unstaged[real] {
		return nil, false, nil
	}
	rel, err := filepath.Rel(cs.top, real)
	if err != nil {
		return nil, false, err
	}
	src, err := runGit(context.Background(), cs.top, gitMaxBlob, "cat-file", "blob", ":"+filepath.ToSlash(rel))
	if err != nil {
		return nil, false, fmt.Errorf("read staged content: %w", err)
	}
	return src, true, nil
}

// has reports whether a path, as the scan reports it, is a changed file.
func (cs *changeSet) has(p string) bool {
	if p == "" {
		return false
	}
	abs, err := filepath.Abs(filepath.FromSlash(p))
	if err != nil {
		return false
	}
	dir := filepath.Dir(abs)
	cs.mu.Lock()
	real, ok := cs.canon[dir]
	if !ok {
		if r, err := filepath.EvalSymlinks(dir); err == nil {
			real = r
		} else {
			real = dir
		}
		cs.canon[dir] = real
	}
	cs.mu.Unlock()
	return cs.changed[filepath.Join(real, filepath.Base(abs))]
}

// filter keeps the findings about the changed files: those in them, those
// whose value is set in them, and those inside a module instance a
// changed file calls. Errors are all kept: a file of a changed module
// that cannot be parsed leaves the module's results incomplete.
func (cs *changeSet) filter(res *model.Result) {
	keep := res.Findings[:0]
	for _, f := range res.Findings {
		if cs.relevant(f) {
			keep = append(keep, f)
		}
	}
	res.Findings = keep
	notes := res.Notes[:0]
	for _, n := range res.Notes {
		if n.Range.File == "" || cs.has(n.Range.File) {
			notes = append(notes, n)
		}
	}
	res.Notes = notes
}

func (cs *changeSet) relevant(f model.Finding) bool {
	if cs.has(f.Range.File) {
		return true
	}
	if f.ValueFrom != nil && cs.has(f.ValueFrom.File) {
		return true
	}
	for _, c := range f.Via {
		if cs.has(c.Range.File) {
			return true
		}
	}
	return false
}

// isTerraform reports whether a file belongs to a Terraform module
// directory (configuration or variable file).
func isTerraform(p string) bool {
	for _, ext := range []string{".tf", ".tf.json", ".tfvars", ".tfvars.json"} {
		if strings.HasSuffix(p, ext) {
			return true
		}
	}
	return false
}

// localSource matches the local module sources of HCL and JSON
// configuration ("./modules/x", "../net"): a module call whose source is a
// path. Remote sources never point into the repository.
var localSource = regexp.MustCompile(`"?\bsource"?\s*[=:]\s*"(\.\.?/[^"]*)"`)

// moduleCalls maps a module directory to the directories whose .tf files
// call it by a local source (callers), and back (children). The files are read from the working
// tree, bounded in number and size; .terraform, .git and node_modules are
// skipped as a scan skips them.
func moduleCalls(top string) (callers, children map[string][]string) {
	callers, children = map[string][]string{}, map[string][]string{}
	n := 0
	filepath.WalkDir(top, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			switch d.Name() {
			case ".git", ".terraform", "node_modules":
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".tf") && !strings.HasSuffix(p, ".tf.json") || !d.Type().IsRegular() {
			return nil
		}
		if n++; n > maxCallerFiles {
			return filepath.SkipAll
		}
		if info, err := d.Info(); err != nil || info.Size() > maxCallerFileSize {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return nil
		}
		dir := filepath.Dir(p)
		for _, m := range localSource.FindAllSubmatch(src, -1) {
			child := filepath.Join(dir, filepath.FromSlash(string(m[1])))
			if !slices.Contains(callers[child], dir) {
				callers[child] = append(callers[child], dir)
				children[dir] = append(children[dir], child)
			}
		}
		return nil
	})
	return callers, children
}

// splitZ splits git's -z output.
func splitZ(b []byte) []string {
	var out []string
	for _, s := range strings.Split(string(b), "\x00") {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// runGit runs git (never a shell) in dir with a time limit and bounded
// output. Its environment is the user's, so git finds its configuration,
// but optional locks are off: a scan never writes to the repository.
func runGit(ctx context.Context, dir string, limit int64, args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, gitTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_OPTIONAL_LOCKS=0", "GIT_TERMINAL_PROMPT=0")
	stdout := &limitedBuffer{max: limit}
	stderr := &limitedBuffer{max: gitMaxStderr, truncate: true}
	cmd.Stdout, cmd.Stderr = stdout, stderr
	err := cmd.Run()
	if stdout.over {
		return nil, fmt.Errorf("git %s: output larger than %d bytes", args[0], limit)
	}
	if err != nil {
		if errors.Is(err, exec.ErrNotFound) {
			return nil, errors.New("git is not installed (changed-files mode and hook install run it)")
		}
		if ctx.Err() == context.DeadlineExceeded {
			return nil, fmt.Errorf("git %s: took longer than %s", args[0], gitTimeout)
		}
		msg := strings.TrimSpace(stderr.buf.String())
		if msg == "" {
			return nil, fmt.Errorf("git %s: %w", args[0], err)
		}
		return nil, &gitError{op: args[0], msg: msg, err: err}
	}
	return stdout.buf.Bytes(), nil
}

// gitError is a git command that failed, with what it said.
type gitError struct {
	op, msg string
	err     error
}

func (e *gitError) Error() string { return "git " + e.op + ": " + e.msg }
func (e *gitError) Unwrap() error { return e.err }

// limitedBuffer keeps at most max bytes. Past it, it either fails the
// write (stdout: a partial list must not be taken for the whole) or
// drops the rest (stderr, shown in a message).
type limitedBuffer struct {
	buf      bytes.Buffer
	max      int64
	truncate bool
	over     bool
}

func (b *limitedBuffer) Write(p []byte) (int, error) {
	if room := b.max - int64(b.buf.Len()); int64(len(p)) > room {
		b.over = true
		if !b.truncate {
			return 0, errors.New("output too large")
		}
		b.buf.Write(p[:max(room, 0)])
		return len(p), nil
	}
	return b.buf.Write(p)
}
