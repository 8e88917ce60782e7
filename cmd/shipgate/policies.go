package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/shipgate/shipgate/parsers"
	"github.com/shipgate/shipgate/policies"
	"github.com/shipgate/shipgate/scanner"
	"github.com/shipgate/shipgate/scanner/engine"
	"github.com/shipgate/shipgate/scanner/model"
)

const policiesUsage = `Usage:
  shipgate policies list [--format text|json|markdown] [--policy PATH] [--no-builtin]
  shipgate policies test [--run REGEX] [--timeout D] [PATH ...]
  shipgate policies schema
`

func runPolicies(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, policiesUsage)
		return exitUsage
	}
	switch args[0] {
	case "list":
		return runPoliciesList(args[1:], stdout, stderr)
	case "test":
		return runPoliciesTest(args[1:], stdout, stderr)
	case "schema":
		return runPoliciesSchema(args[1:], stdout, stderr)
	case "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, policiesUsage)
		return exitOK
	}
	fmt.Fprintf(stderr, "shipgate: unknown policies command %q\n\n%s", args[0], policiesUsage)
	return exitUsage
}

// runPoliciesTest runs Rego unit tests like opa test: the built-in
// policies' own when no PATH is given, else the tests under the PATHs with
// the built-in policies and library loaded beside them.
func runPoliciesTest(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("shipgate policies test", flag.ContinueOnError)
	fs.SetOutput(stderr)
	run := fs.String("run", "", "run only the tests whose package.name matches this `regex`")
	timeout := fs.Duration("timeout", engine.DefaultTimeout, "time limit per test")
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: shipgate policies test [flags] [PATH ...]\n\nRuns the test_ rules of the .rego files under PATH (files or directories) with the\nbuilt-in policies and library; without PATH, the built-in policies' own tests.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if *timeout <= 0 {
		fmt.Fprintf(stderr, "shipgate: --timeout must be positive, got %s\n", *timeout)
		return exitUsage
	}
	opts := engine.TestOptions{Builtin: policies.FS, BuiltinTests: len(paths) == 0, Extra: paths, Schemas: parsers.Schemas(), Run: *run, Timeout: *timeout}
	results, err := engine.RunTests(context.Background(), opts)
	if results == nil {
		// Nothing ran: the policies or tests do not load, or there are none.
		fmt.Fprintf(stderr, "shipgate: %v\n", err)
		return exitUsage
	}
	failed := 0
	for _, r := range results {
		status := "PASS"
		switch {
		case r.Err != nil:
			status = "ERROR"
		case r.Fail:
			status = "FAIL"
		case r.Skip:
			status = "SKIP"
		}
		fmt.Fprintf(stdout, "%-5s %s:%d: %s.%s\n", status, r.File, r.Line, r.Package, r.Name)
		if r.Err != nil {
			fmt.Fprintf(stdout, "      %v\n", r.Err)
		}
		if !r.Pass() && !r.Skip {
			failed++
			if r.Output != "" {
				fmt.Fprintf(stdout, "      output: %s\n", r.Output)
			}
		}
	}
	fmt.Fprintf(stdout, "\n%d tests, %d passed, %d failed\n", len(results), len(results)-failed, failed)
	if failed > 0 {
		return exitFindings
	}
	return exitOK
}

// runPoliciesSchema prints the JSON Schema of the input of policies that
// read one view (aws when none is named), for editors and opa check
// --schema.
func runPoliciesSchema(args []string, stdout, stderr io.Writer) int {
	schemas := parsers.Schemas()
	view := model.ViewAWS
	if len(args) == 1 {
		view = args[0]
	}
	if len(args) > 1 || schemas[view] == nil {
		fmt.Fprintf(stderr, "Usage: shipgate policies schema [VIEW]\n\nVIEW is one of: %s\n", strings.Join(slices.Sorted(maps.Keys(schemas)), ", "))
		return exitUsage
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(engine.InputSchema(view, schemas[view])); err != nil {
		fmt.Fprintf(stderr, "shipgate: %v\n", err)
		return exitUsage
	}
	return exitOK
}

func runPoliciesList(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("shipgate policies list", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output `format`: text, json or markdown (the rule reference)")
	var extra listFlag
	fs.Var(&extra, "policy", "extra Rego policy `PATH` (file or directory; repeatable)")
	noBuiltin := fs.Bool("no-builtin", false, "do not load the built-in policies")
	if _, err := parseInterspersed(fs, args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	sc, err := scanner.New(context.Background(), scanner.Options{Policies: extra, NoBuiltin: *noBuiltin, CompileAll: true})
	if err != nil {
		fmt.Fprintf(stderr, "shipgate: %v\n", err)
		return exitUsage
	}
	rules := sc.Rules()
	switch *format {
	case "json":
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if rules == nil {
			rules = []model.Rule{}
		}
		if err := enc.Encode(rules); err != nil {
			fmt.Fprintf(stderr, "shipgate: %v\n", err)
			return exitUsage
		}
	case "text":
		tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		for i, g := range groupRules(rules) {
			if i > 0 {
				fmt.Fprintln(tw)
			}
			fmt.Fprintf(tw, "%s (%d)\n", g.title, len(g.rules))
			fmt.Fprintln(tw, "ID\tSEVERITY\tTITLE")
			for _, r := range g.rules {
				title := r.Title
				if r.OptIn {
					title += " (opt-in: --enable " + r.ID + ")"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\n", r.ID, r.Severity, title)
			}
		}
		tw.Flush()
	case "markdown":
		if err := writeRuleReference(stdout, rules); err != nil {
			fmt.Fprintf(stderr, "shipgate: %v\n", err)
			return exitUsage
		}
	default:
		fmt.Fprintf(stderr, "shipgate: --format: unknown format %q (want text, json or markdown)\n", *format)
		return exitUsage
	}
	return exitOK
}
