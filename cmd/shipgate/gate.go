package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"

	"github.com/shipgate/shipgate/scanner"
	"github.com/shipgate/shipgate/scanner/model"
)

// gateFlags are the flags that choose what gates: a baseline of accepted
// findings, and changed-files mode.
type gateFlags struct {
	baseline      string
	writeBaseline string
	changedSince  string
	staged        bool
}

func (g *gateFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&g.baseline, "baseline", "", "report findings recorded in this baseline `FILE` as baselined: shown, never gating")
	fs.StringVar(&g.writeBaseline, "write-baseline", "", "record the unsuppressed findings in this baseline `FILE` (they are then baselined in this run)")
	fs.StringVar(&g.changedSince, "changed-since", "", "scan only files changed between the merge base of `REF` and HEAD and the working tree (git)")
	fs.BoolVar(&g.staged, "staged", false, "scan only files staged in the git index, reading their staged content (pre-commit)")
}

// gate is what the gate flags prepared for one scan.
type gate struct {
	flags    gateFlags
	baseline *scanner.Baseline
	changed  *changeSet
}

// prepare validates the gate flags and loads what they name, before the
// scan: a bad baseline or a missing repository is exit 2 at once.
func (g gateFlags) prepare(ctx context.Context, paths []string) (*gate, error) {
	out := &gate{flags: g}
	if g.staged && g.changedSince != "" {
		return nil, errors.New("--staged and --changed-since: give one of them")
	}
	if g.writeBaseline != "" && (g.staged || g.changedSince != "") {
		return nil, errors.New("--write-baseline records a full scan; it cannot be combined with --staged or --changed-since")
	}
	if g.baseline != "" {
		b, err := scanner.LoadBaseline(g.baseline)
		if err != nil {
			return nil, fmt.Errorf("--baseline: %w", err)
		}
		out.baseline = b
	}
	if g.staged || g.changedSince != "" {
		cs, err := newChangeSet(ctx, paths, g.changedSince, g.staged)
		if err != nil {
			if g.staged {
				return nil, fmt.Errorf("--staged: %w", err)
			}
			return nil, fmt.Errorf("--changed-since: %w", err)
		}
		out.changed = cs
	}
	return out, nil
}

// options sets the scanner options of changed-files mode.
func (g *gate) options(opts *scanner.Options) {
	if g.changed == nil {
		return
	}
	opts.Only = g.changed.only
	if g.flags.staged {
		opts.Content = g.changed.content
	}
}

// apply filters the result to the changed files, marks baselined
// findings, and writes the baseline when asked to.
func (g *gate) apply(ctx context.Context, res *model.Result) error {
	if g.changed != nil {
		g.changed.filter(res)
	}
	if g.writeBaseline() {
		b := scanner.NewBaseline(res)
		err := writeOutput(ctx, g.flags.writeBaseline, func(w io.Writer) error { return b.Write(w) })
		if err != nil {
			return fmt.Errorf("--write-baseline %s: %w", g.flags.writeBaseline, err)
		}
		// What was just recorded is the baseline of this run.
		g.baseline = b
	}
	if g.baseline != nil {
		g.baseline.Apply(res)
		if g.changed != nil {
			// Entries of files outside the change were not looked for.
			res.Absent = slices.DeleteFunc(res.Absent, func(e model.BaselineEntry) bool { return !g.changed.has(e.File) })
		}
	}
	return nil
}

func (g *gate) writeBaseline() bool { return g.flags.writeBaseline != "" }
