package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/shipgate/shipgate/scanner/model"
	"github.com/shipgate/shipgate/scanner/report"
)

const hookUsage = `Usage:
  shipgate hook install [--force] [--fail-on SEVERITY] [DIR]

Writes a git pre-commit hook into the repository at DIR (default: the
current directory) that scans the staged files with "shipgate scan --staged".
A pre-commit hook that shipgate did not write is left alone unless --force
is given. With the pre-commit framework, use the "shipgate" hook of
.pre-commit-hooks.yaml instead.
`

// hookMarker is the line that identifies a hook written by shipgate: such
// a hook is replaced without --force.
const hookMarker = "# shipgate pre-commit hook, written by \"shipgate hook install\"."

func runHook(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, hookUsage)
		return exitUsage
	}
	switch args[0] {
	case "install":
		return runHookInstall(args[1:], stdout, stderr)
	case "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, hookUsage)
		return exitOK
	}
	fmt.Fprintf(stderr, "shipgate: unknown hook command %q\n\n%s", report.Escape(args[0]), hookUsage)
	return exitUsage
}

func runHookInstall(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("shipgate hook install", flag.ContinueOnError)
	fs.SetOutput(stderr)
	force := fs.Bool("force", false, "replace a pre-commit hook that shipgate did not write")
	failOn := fs.String("fail-on", "high", "the hook fails the commit on a finding at or above this `severity`")
	fs.Usage = func() { fmt.Fprint(stderr, hookUsage, "\nFlags:\n"); fs.PrintDefaults() }
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if len(pos) > 1 {
		fmt.Fprintf(stderr, "shipgate: hook install: want at most one directory, got %d\n", len(pos))
		return exitUsage
	}
	dir := "."
	if len(pos) == 1 {
		dir = pos[0]
	}
	sev, err := model.ParseSeverity(*failOn)
	if err != nil {
		fmt.Fprintf(stderr, "shipgate: hook install: --fail-on: %s\n", report.EscapeLines(err.Error()))
		return exitUsage
	}
	path, replaced, err := installHook(dir, hookScript(sev), *force)
	if err != nil {
		fmt.Fprintf(stderr, "shipgate: hook install: %s\n", report.EscapeLines(err.Error()))
		return exitUsage
	}
	verb := "installed"
	if replaced {
		verb = "replaced"
	}
	fmt.Fprintf(stdout, "shipgate: %s pre-commit hook %s\n", verb, report.Escape(path))
	return exitOK
}

// hookScript is the pre-commit hook. The severity is one of the fixed
// names, so nothing from outside reaches the script text.
func hookScript(failOn model.Severity) string {
	return `#!/bin/sh
` + hookMarker + `
# It scans the staged content of the files being committed. Skip it once
# with "git commit --no-verify"; delete this file to remove it.
if ! command -v shipgate >/dev/null 2>&1; then
  echo "shipgate pre-commit hook: shipgate is not on PATH; install it or delete $0" >&2
  exit 1
fi
exec shipgate scan --staged --fail-on ` + failOn.String() + "\n"
}

// installHook writes script as the pre-commit hook of the repository at
// dir. It returns the hook's path and whether a hook was replaced.
func installHook(dir, script string, force bool) (string, bool, error) {
	hooks, err := hooksDir(dir)
	if err != nil {
		return "", false, err
	}
	path := filepath.Join(hooks, "pre-commit")
	old, err := os.ReadFile(path)
	exists := err == nil
	switch {
	case err == nil:
	case errors.Is(err, fs.ErrNotExist):
		if _, lerr := os.Lstat(path); lerr == nil {
			exists = true // a dangling symbolic link: someone's hook
		}
	default:
		return "", false, fmt.Errorf("read %s: %w", path, err)
	}
	if exists && !force && !bytes.Contains(old, []byte(hookMarker)) {
		return "", false, fmt.Errorf("%s exists and was not written by shipgate; rerun with --force to replace it", path)
	}
	if err := os.MkdirAll(hooks, 0o755); err != nil {
		return "", false, fmt.Errorf("create %s: %w", hooks, err)
	}
	if exists {
		// Replace the file itself, never write through a link into
		// whatever it points at.
		if err := os.Remove(path); err != nil {
			return "", false, fmt.Errorf("replace %s: %w", path, err)
		}
	}
	if err := os.WriteFile(path, []byte(script), 0o755); err != nil {
		return "", false, fmt.Errorf("write %s: %w", path, err)
	}
	// WriteFile's mode is masked by the umask; git needs the hook
	// executable whatever the umask.
	if err := os.Chmod(path, 0o755); err != nil {
		return "", false, fmt.Errorf("write %s: %w", path, err)
	}
	return path, exists, nil
}

// hooksDir asks git where the repository at dir keeps its hooks: it knows
// worktrees, submodules and core.hooksPath.
func hooksDir(dir string) (string, error) {
	out, err := runGit(context.Background(), dir, 64<<10, "rev-parse", "--git-path", "hooks")
	if err != nil {
		var ge *gitError
		if errors.As(err, &ge) {
			return "", fmt.Errorf("git rev-parse in %s: %s", dir, ge.msg)
		}
		return "", fmt.Errorf("git rev-parse in %s: %w", dir, err)
	}
	hooks := strings.TrimRight(string(out), "\r\n")
	if hooks == "" || strings.ContainsAny(hooks, "\n\x00") {
		return "", fmt.Errorf("git rev-parse in %s: unexpected output %q", dir, hooks)
	}
	if !filepath.IsAbs(hooks) {
		hooks = filepath.Join(dir, hooks)
	}
	return hooks, nil
}
