package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/shipgate/shipgate/parsers"
	"github.com/shipgate/shipgate/policies"
	"github.com/shipgate/shipgate/scanner"
	"github.com/shipgate/shipgate/scanner/engine"
	"github.com/shipgate/shipgate/scanner/model"
	"github.com/shipgate/shipgate/scanner/report"
)

// runPoliciesBundle builds an OPA policy bundle from a policy directory
// after checking it as a scan would load it (metadata, compilation,
// duplicate ids against the built-in rules) and running its Rego tests as
// policies test does. Nothing is written unless both pass.
func runPoliciesBundle(args []string, stdout, stderr io.Writer) int {
	set := flag.NewFlagSet("shipgate policies bundle", flag.ContinueOnError)
	set.SetOutput(stderr)
	out := set.String("o", "", "write the bundle to this `FILE` (.tar.gz)")
	set.StringVar(out, "output", "", "same as -o")
	signingKey := set.String("signing-key", "", "sign the bundle with this PEM private key `FILE` (RSA for RS256, ECDSA P-256 for ES256)")
	signingAlg := set.String("signing-alg", "", "signing `algorithm`: RS256 or ES256 (default: the one the key is for)")
	revision := set.String("revision", "", "the bundle's `revision` (default: sha256- and a hash of its files)")
	noBuiltin := set.Bool("no-builtin", false, "check the policies without the built-in ones, for a bundle scanned with --no-builtin")
	timeout := set.Duration("timeout", engine.DefaultTimeout, "time limit per policy test")
	set.Usage = func() {
		fmt.Fprint(stderr, "Usage: shipgate policies bundle DIR -o FILE [--signing-key KEY [--signing-alg RS256|ES256]] [--revision R]\n\n"+
			"Checks the policies under DIR, runs their Rego tests, and writes them (tests left out)\n"+
			"as an OPA bundle for shipgate scan --bundle.\n\nFlags:\n")
		set.PrintDefaults()
	}
	dirs, err := parseInterspersed(set, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	usageErr := func(format string, args ...any) int {
		fmt.Fprintf(stderr, "shipgate: "+format+"\n", args...)
		return exitUsage
	}
	switch {
	case len(dirs) != 1:
		return usageErr("policies bundle takes one policy directory")
	case *out == "":
		return usageErr("policies bundle: give the bundle file with -o FILE")
	case *signingAlg != "" && *signingKey == "":
		return usageErr("--signing-alg needs --signing-key")
	case *signingAlg != "" && *signingAlg != engine.AlgRS256 && *signingAlg != engine.AlgES256:
		return usageErr("--signing-alg %q: want RS256 or ES256", *signingAlg)
	case *timeout <= 0:
		return usageErr("--timeout must be positive, got %s", *timeout)
	}
	dir := dirs[0]
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return usageErr("policies bundle: %s is not a directory", report.Escape(dir))
	}
	opts := engine.BundleOptions{Revision: *revision, SigningAlg: *signingAlg}
	if *signingKey != "" {
		if opts.SigningKey, err = os.ReadFile(*signingKey); err != nil {
			return usageErr("--signing-key: %v", err)
		}
		if err := engine.CheckSigningKey(opts.SigningKey, *signingAlg); err != nil {
			return usageErr("--signing-key %s: %v", report.Escape(*signingKey), err)
		}
	}

	// The policies load as a scan loads them.
	ctx := context.Background()
	sc, err := scanner.New(ctx, scanner.Options{Policies: dirs, NoBuiltin: *noBuiltin, CompileAll: true})
	if err != nil {
		return usageErr("%s: %s", report.Escape(dir), report.EscapeLines(err.Error()))
	}
	var own []model.Rule
	for _, r := range sc.Rules() {
		if !r.Builtin {
			own = append(own, r)
		}
	}
	if len(own) == 0 {
		return usageErr("%s: no policy (a .rego file with METADATA and deny or warn) to bundle", report.Escape(dir))
	}

	// Their tests pass.
	var builtin fs.FS = policies.FS
	if *noBuiltin {
		lib, err := fs.Sub(policies.FS, "lib")
		if err != nil {
			return usageErr("%v", err)
		}
		builtin = lib
	}
	results, err := engine.RunTests(ctx, engine.TestOptions{Builtin: builtin, Extra: dirs, Schemas: parsers.Schemas(), Timeout: *timeout})
	if results == nil {
		hint := ""
		if strings.Contains(err.Error(), "no test_ rules found") {
			hint = "; a bundle's policies are tested before they are shipped: add a _test.rego beside each policy"
		}
		return usageErr("%s: %s%s", report.Escape(dir), report.EscapeLines(err.Error()), hint)
	}
	if err != nil {
		fmt.Fprintf(stderr, "shipgate: no bundle written: %s\n", report.EscapeLines(err.Error()))
		return exitFindings
	}

	var info model.Bundle
	err = writeOutput(ctx, *out, func(w io.Writer) error {
		var err error
		info, err = engine.WriteBundle(w, dir, opts)
		return err
	})
	if err != nil {
		return usageErr("write %s: %s", report.Escape(*out), report.EscapeLines(err.Error()))
	}
	signed := "unsigned"
	if info.Signed {
		signed = "signed"
	}
	ids := make([]string, len(own))
	for i, r := range own {
		ids[i] = r.ID
	}
	if len(ids) > 6 {
		ids = []string{ids[0], ids[1], "…", ids[len(ids)-1]}
	}
	roots := info.Roots
	if len(roots) > 6 {
		roots = []string{roots[0], roots[1], fmt.Sprintf("… (%d)", len(info.Roots))}
	}
	fmt.Fprintf(stdout, "wrote %s: %d policies (%s), %d tests passed, revision %q, %s, roots %s\n",
		report.Escape(*out), len(own), strings.Join(ids, ", "), len(results), report.Escape(info.Revision), signed, report.Escape(strings.Join(roots, ", ")))
	return exitOK
}
