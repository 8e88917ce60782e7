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
	"github.com/shipgate/shipgate/scanner/report"
)

const policiesUsage = `Usage:
  shipgate policies list [--framework F] [--kind K] [--format text|json|markdown] [--policy PATH] [--bundle FILE [--verification-key PUB]] [--no-builtin]
  shipgate policies show ID [--policy PATH] [--bundle FILE [--verification-key PUB]] [--no-builtin]
  shipgate policies test [--run REGEX] [--timeout D] [PATH ...]
  shipgate policies schema
  shipgate policies bundle DIR -o FILE [--signing-key KEY [--signing-alg RS256|ES256]] [--revision R]
`

func runPolicies(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, policiesUsage)
		return exitUsage
	}
	switch args[0] {
	case "list":
		return runPoliciesList(args[1:], stdout, stderr)
	case "show":
		return runPoliciesShow(args[1:], stdout, stderr)
	case "test":
		return runPoliciesTest(args[1:], stdout, stderr)
	case "schema":
		return runPoliciesSchema(args[1:], stdout, stderr)
	case "bundle":
		return runPoliciesBundle(args[1:], stdout, stderr)
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
	format := fs.String("format", "text", "output `format`: text (or table), json, or markdown (the rule reference)")
	var extra, frameworks, kinds listFlag
	fs.Var(&extra, "policy", "extra Rego policy `PATH` (file or directory; repeatable)")
	fs.Var(&frameworks, "framework", "list only the rules mapped to this `framework` (cis-aws-3.0, aws-fsbp, nist-800-53, devops, ..., or a prefix such as \"aws-fsbp S3\"; repeatable)")
	fs.Var(&kinds, "kind", "list only the rules that apply to this `kind` (cloudformation, terraform, terraform-plan, dockerfile, buildspec, github-workflow) or view (aws, dockerfile, buildspec, workflow); repeatable")
	noBuiltin := fs.Bool("no-builtin", false, "do not load the built-in policies")
	var bf bundleFlags
	bf.register(fs)
	if _, err := parseInterspersed(fs, args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	b, err := bf.read()
	if err != nil {
		fmt.Fprintf(stderr, "shipgate: %s\n", report.EscapeLines(err.Error()))
		return exitUsage
	}
	sc, err := scanner.New(context.Background(), scanner.Options{Policies: extra, Bundle: b, NoBuiltin: *noBuiltin, CompileAll: true})
	if err != nil {
		fmt.Fprintf(stderr, "shipgate: %v\n", err)
		return exitUsage
	}
	rules, err := filterRules(sc.Rules(), frameworks, kinds)
	if err != nil {
		fmt.Fprintf(stderr, "shipgate: %v\n", err)
		return exitUsage
	}
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
	case "text", "table":
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
		fmt.Fprintf(stderr, "shipgate: --format: unknown format %q (want text, table, json or markdown)\n", *format)
		return exitUsage
	}
	return exitOK
}

// filterRules keeps the rules mapped to one of frameworks (engine.InFrameworks)
// that apply to one of kinds, each a kind or a view; none keeps all. A
// kind or view that does not exist is an error.
func filterRules(rules []model.Rule, frameworks, kinds []string) ([]model.Rule, error) {
	var want []model.Kind
	for _, k := range kinds {
		switch {
		case slices.Contains(model.Kinds, model.Kind(k)):
			want = append(want, model.Kind(k))
		case slices.Contains(model.Views(), k):
			want = append(want, model.ViewKinds(k)...)
		default:
			return nil, fmt.Errorf("--kind %q: want a kind (%s) or a view (%s)", k, joinKinds(model.Kinds), strings.Join(model.Views(), ", "))
		}
	}
	var out []model.Rule
	for _, r := range rules {
		if !engine.InFrameworks(r, frameworks) {
			continue
		}
		if len(want) > 0 && len(r.Kinds) > 0 && !slices.ContainsFunc(r.Kinds, func(k model.Kind) bool { return slices.Contains(want, k) }) {
			continue
		}
		out = append(out, r)
	}
	return out, nil
}

func joinKinds(kinds []model.Kind) string {
	s := make([]string, len(kinds))
	for i, k := range kinds {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}

// runPoliciesShow prints one rule: its metadata, description and
// remediation with the fixed CloudFormation and Terraform snippets.
func runPoliciesShow(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("shipgate policies show", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var extra listFlag
	fs.Var(&extra, "policy", "extra Rego policy `PATH` (file or directory; repeatable)")
	noBuiltin := fs.Bool("no-builtin", false, "do not load the built-in policies")
	format := fs.String("format", "text", "output `format`: text (Markdown) or json")
	var bf bundleFlags
	bf.register(fs)
	ids, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if len(ids) != 1 {
		fmt.Fprint(stderr, "shipgate: policies show takes one rule id\n\n"+policiesUsage)
		return exitUsage
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "shipgate: --format: unknown format %q (want text or json)\n", *format)
		return exitUsage
	}
	b, err := bf.read()
	if err != nil {
		fmt.Fprintf(stderr, "shipgate: %s\n", report.EscapeLines(err.Error()))
		return exitUsage
	}
	sc, err := scanner.New(context.Background(), scanner.Options{Policies: extra, Bundle: b, NoBuiltin: *noBuiltin})
	if err != nil {
		fmt.Fprintf(stderr, "shipgate: %v\n", err)
		return exitUsage
	}
	var ruleIDs []string
	for _, r := range sc.Rules() {
		ruleIDs = append(ruleIDs, r.ID)
		if !strings.EqualFold(r.ID, ids[0]) {
			continue
		}
		if *format == "json" {
			enc := json.NewEncoder(stdout)
			enc.SetIndent("", "  ")
			if err := enc.Encode(r); err != nil {
				fmt.Fprintf(stderr, "shipgate: %v\n", err)
				return exitUsage
			}
			return exitOK
		}
		var b strings.Builder
		writeRule(&b, r)
		io.WriteString(stdout, strings.TrimPrefix(b.String(), "\n"))
		return exitOK
	}
	msg := fmt.Sprintf("shipgate: no rule %q", report.Escape(ids[0]))
	if c := closest(strings.ToUpper(ids[0]), ruleIDs); c != "" {
		msg += fmt.Sprintf("; did you mean %q?", c)
	}
	fmt.Fprintln(stderr, msg)
	return exitUsage
}
