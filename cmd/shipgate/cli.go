package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/shipgate/shipgate/parsers"
	"github.com/shipgate/shipgate/parsers/cloudformation"
	"github.com/shipgate/shipgate/parsers/terraform"
	"github.com/shipgate/shipgate/scanner"
	"github.com/shipgate/shipgate/scanner/engine"
	"github.com/shipgate/shipgate/scanner/model"
	"github.com/shipgate/shipgate/scanner/report"
)

// version is stamped at release time with -ldflags "-X main.version=...".
var version = "dev"

// Exit codes, as documented in the README.
const (
	exitOK         = 0 // no finding at or above --fail-on
	exitFindings   = 1 // findings at or above --fail-on
	exitUsage      = 2 // usage or configuration error
	exitIncomplete = 3 // a file could not be parsed or a policy failed
)

const usage = `shipgate: policy-as-code scanner for infrastructure as code and CI/CD pipelines

Usage:
  shipgate scan [flags] [PATH ...]   scan files and directories (default: .)
  shipgate policies list [--format text|json|markdown]
                                     list the built-in policies
  shipgate policies test [PATH ...]  run the Rego unit tests of policies
  shipgate policies schema           print the JSON Schema of the policy input
  shipgate policies bundle DIR -o FILE [--signing-key KEY]
                                     test policies and write them as a (signed) OPA bundle
  shipgate init [--force]            write a commented starter .shipgate.yaml
  shipgate hook install [--force] [DIR]
                                     install a git pre-commit hook that scans staged files
  shipgate version                   print the version
  shipgate help                      show this help

Run "shipgate scan -h" for the scan flags.

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above
--fail-on, 2 usage or configuration error, 3 scan incomplete.
`

// run is the whole CLI; main only exits with its result.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runContext(context.Background(), args, stdin, stdout, stderr)
}

// runContext is run until ctx is cancelled (main cancels it on SIGINT or
// SIGTERM): a scan then stops, and no temporary report file is left.
func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "scan":
		return runScan(ctx, args[1:], stdout, stderr)
	case "policies":
		return runPolicies(args[1:], stdout, stderr)
	case "init":
		return runInit(args[1:], stdout, stderr)
	case "hook":
		return runHook(args[1:], stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintf(stdout, "shipgate %s\n", version)
		return exitOK
	case "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, usage)
		return exitOK
	default:
		fmt.Fprintf(stderr, "shipgate: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
}

// listFlag collects a repeatable flag; commas also separate values.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*l = append(*l, s)
		}
	}
	return nil
}

// repeatFlag collects a repeatable flag without splitting on commas (for
// values such as KEY=VALUE that may contain commas).
type repeatFlag []string

func (l *repeatFlag) String() string     { return strings.Join(*l, " ") }
func (l *repeatFlag) Set(v string) error { *l = append(*l, v); return nil }

type scanFlags struct {
	formats    listFlag
	outputs    repeatFlag
	failOn     string
	exclude    listFlag
	cfnParams  repeatFlag
	cfnFiles   repeatFlag
	tfVars     repeatFlag
	tfVarFiles repeatFlag
	policies   listFlag
	enable     listFlag
	frameworks listFlag
	noBuiltin  bool
	allowParse bool
	foreign    bool
	noColor    bool
	debug      bool
	timeout    time.Duration
	maxSize    string
	gate       gateFlags
	org        orgFlags
}

func (f *scanFlags) register(fs *flag.FlagSet) {
	fs.Var(&f.formats, "format", "output `formats`, comma-separated: text, json, sarif, github, markdown, junit, asff (default text)")
	fs.Var(&f.outputs, "output", "write a format to a file: `FORMAT=FILE` (repeatable); other formats go to stdout")
	fs.StringVar(&f.failOn, "fail-on", "high", "exit 1 when a finding is at or above this `severity`: critical, high, medium, low, info, none")
	fs.Var(&f.exclude, "exclude", "skip paths matching this `glob` while walking directories (repeatable; ** matches across directories)")
	fs.Var(&f.cfnParams, "cfn-param", "CloudFormation parameter or pseudo parameter (AWS::Region) value `KEY=VALUE` (repeatable)")
	fs.Var(&f.cfnFiles, "cfn-params", "CloudFormation parameter `FILE`: AWS CLI JSON, CodePipeline template configuration, or a KEY: VALUE object")
	fs.Var(&f.tfVars, "var", "Terraform variable `NAME=VALUE` for root modules (repeatable; wins over --var-file)")
	fs.Var(&f.tfVarFiles, "var-file", "Terraform variable `FILE` (.tfvars or .tfvars.json) for root modules (repeatable, in order)")
	fs.Var(&f.policies, "policy", "extra Rego policy `PATH` (file or directory; repeatable)")
	fs.Var(&f.enable, "enable", "evaluate the opt-in rule `ID` too (repeatable, or comma-separated); `shipgate policies list` marks opt-in rules")
	fs.Var(&f.frameworks, "framework", "run only the rules mapped to this `framework` (cis-aws-3.0, aws-fsbp, nist-800-53, devops, owasp-cicd, cis-docker-1.6, aws-control-tower, or a prefix such as \"aws-fsbp S3\"; repeatable, or comma-separated) and summarise each of its controls")
	fs.BoolVar(&f.noBuiltin, "no-builtin", false, "do not load the built-in policies (use with --policy)")
	fs.BoolVar(&f.allowParse, "allow-parse-errors", false, "report files and resources that cannot be parsed but do not exit 3 for them")
	fs.BoolVar(&f.foreign, "honor-foreign-ignores", false, "let other tools' suppressions (cfn_nag and cfn-guard resource Metadata) suppress the rules whose aliases list their ids")
	fs.BoolVar(&f.noColor, "no-color", false, "never colour text output")
	fs.BoolVar(&f.debug, "debug", false, "print per-phase timings to stderr")
	fs.DurationVar(&f.timeout, "timeout", 10*time.Second, "policy evaluation time limit per file (and per policy when one fails)")
	f.gate.register(fs)
	f.org.register(fs)
	fs.StringVar(&f.maxSize, "max-file-size", scanner.FormatSize(scanner.DefaultMaxFileSize), "report files larger than this `size` (bytes, KB, MB or GB) as not scanned instead of reading them")
}

// parseInterspersed parses flags that may come before, between or after
// positional arguments ("shipgate scan infra/ --fail-on low").
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		// flag stops at "--" and consumes it: everything after is positional.
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

func runScan(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var f scanFlags
	var cf configFlags
	fs := flag.NewFlagSet("shipgate scan", flag.ContinueOnError)
	fs.SetOutput(stderr)
	f.register(fs)
	cf.register(fs)
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: shipgate scan [flags] [PATH ...]\n\nFlags:\n")
		fs.PrintDefaults()
	}
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	fc, err := cf.load(paths)
	if err != nil {
		printConfigErr(stderr, err)
		return exitUsage
	}
	if fc != nil && fc.failOn != "" && !flagSet(fs, "fail-on") {
		f.failOn = fc.failOn
	}
	cfg, err := f.config()
	if err != nil {
		fmt.Fprintf(stderr, "shipgate: %s\n", report.EscapeLines(err.Error()))
		return exitUsage
	}

	org, err := f.org.prepare(cfg.formats)
	if err != nil {
		fmt.Fprintf(stderr, "shipgate: %s\n", report.EscapeLines(err.Error()))
		return exitUsage
	}

	opts := scanner.Options{
		Exclude:             f.exclude,
		HonorForeignIgnores: f.foreign,
		Inputs:              parsers.Options{CFNParams: cfg.params, TF: cfg.tf},
		Policies:            f.policies,
		NoBuiltin:           f.noBuiltin,
		Enable:              f.enable,
		Timeout:             f.timeout,
		MaxFileSize:         cfg.maxSize,
	}
	if f.debug {
		opts.Debug = stderr
	}
	if fc != nil {
		if f.debug {
			fmt.Fprintf(stderr, "debug: config: %s\n", report.EscapeLines(fc.file))
		}
		if err := fc.apply(&opts); err != nil {
			printConfigErr(stderr, err)
			return exitUsage
		}
	}
	if len(f.frameworks) > 0 {
		opts.Config.Frameworks = f.frameworks
		opts.Config.CheckRules = checkFrameworks(f.frameworks, opts.Config.CheckRules)
	}
	opts.Compliance = opts.Config.Frameworks
	// The HTML report shows a control view even without --framework: of
	// every framework the rules that ran map to. Only that report gets it.
	controlsForHTML := len(opts.Compliance) == 0 && slices.Contains(cfg.formats, "html")
	if controlsForHTML {
		opts.Compliance = frameworkIDs()
	}
	gate, err := f.gate.prepare(ctx, paths)
	if err != nil {
		fmt.Fprintf(stderr, "shipgate: %s\n", report.EscapeLines(err.Error()))
		return exitUsage
	}
	gate.options(&opts)
	org.options(&opts)
	sc, err := scanner.New(ctx, opts)
	if err != nil {
		printConfigErr(stderr, err)
		return exitUsage
	}
	res, err := sc.Scan(ctx, paths)
	if err != nil {
		if ctx.Err() != nil {
			fmt.Fprintln(stderr, "shipgate: interrupted")
			return exitIncomplete
		}
		fmt.Fprintf(stderr, "shipgate: scan: %s\n", report.EscapeLines(err.Error()))
		return exitIncomplete
	}

	if err := gate.apply(ctx, res); err != nil {
		fmt.Fprintf(stderr, "shipgate: %s\n", report.EscapeLines(err.Error()))
		return exitUsage
	}

	start := time.Now()
	ropts := report.Options{Version: version, FailOn: cfg.failOn}
	org.reportOptions(&ropts)
	for _, format := range cfg.formats {
		o := ropts
		res := res
		if controlsForHTML && format != "html" {
			r := *res
			r.Compliance = nil
			res = &r
		}
		if dest, ok := cfg.outputs[format]; ok && !isStdout(dest) {
			err := writeOutput(ctx, dest, func(w io.Writer) error { return report.Formats[format](w, res, o) })
			if ctx.Err() != nil {
				fmt.Fprintln(stderr, "shipgate: interrupted")
				return exitIncomplete
			}
			if err != nil {
				fmt.Fprintf(stderr, "shipgate: write %s: %s\n", report.EscapeLines(dest), report.EscapeLines(err.Error()))
				return exitUsage
			}
			continue
		}
		o.Color = format == "text" && !f.noColor && isTerminal(stdout)
		if err := report.Formats[format](stdout, res, o); err != nil {
			fmt.Fprintf(stderr, "shipgate: write %s: %v\n", format, err)
			return exitUsage
		}
	}
	if f.debug {
		fmt.Fprintf(stderr, "debug: report: %s\n", time.Since(start).Round(time.Microsecond))
	}
	return exitCode(res, cfg.failOn, f.allowParse)
}

// checkFrameworks checks that a rule is mapped to each --framework before
// the config file's own checks (then).
func checkFrameworks(frameworks []string, then func([]model.Rule) error) func([]model.Rule) error {
	return func(rules []model.Rule) error {
		for _, fw := range frameworks {
			if !slices.ContainsFunc(rules, func(r model.Rule) bool { return engine.InFrameworks(r, []string{fw}) }) {
				return fmt.Errorf("--framework %q: no rule is mapped to it (known frameworks: %s; see shipgate policies list --framework)", fw, strings.Join(frameworkIDs(), ", "))
			}
		}
		if then != nil {
			return then(rules)
		}
		return nil
	}
}

// frameworkIDs lists the ids of model.Frameworks.
func frameworkIDs() []string {
	ids := make([]string, len(model.Frameworks))
	for i, f := range model.Frameworks {
		ids[i] = f.ID
	}
	return ids
}

// exitCode applies DESIGN.md's gate. An incomplete scan wins over findings:
// a partial result must not look like a complete one.
func exitCode(res *model.Result, failOn model.Severity, allowParse bool) int {
	for _, e := range res.Errors {
		switch e.Kind {
		case model.ErrSkipped:
		case model.ErrParse:
			if !allowParse {
				return exitIncomplete
			}
		default:
			// read, limit, policy, internal, and any kind added later: a
			// file or a policy was not fully evaluated.
			return exitIncomplete
		}
	}
	for _, fd := range res.Findings {
		if fd.Gates(failOn) {
			return exitFindings
		}
	}
	return exitOK
}

type scanConfig struct {
	formats []string
	outputs map[string]string
	failOn  model.Severity
	params  map[string]string
	tf      terraform.Options
	maxSize int64
}

// config validates the flags; every mistake here is exit 2.
func (f *scanFlags) config() (scanConfig, error) {
	var c scanConfig
	var err error
	if c.failOn, err = model.ParseSeverity(f.failOn); err != nil {
		return c, fmt.Errorf("--fail-on: %w", err)
	}
	if f.timeout <= 0 {
		return c, fmt.Errorf("--timeout %s: must be positive", f.timeout)
	}
	if c.maxSize, err = scanner.ParseSize(f.maxSize); err != nil {
		return c, fmt.Errorf("--max-file-size: %w", err)
	}
	c.outputs = map[string]string{}
	written := map[string]string{} // same-file key → format
	for _, o := range f.outputs {
		format, file, ok := strings.Cut(o, "=")
		if !ok || file == "" {
			return c, fmt.Errorf("--output %q: want FORMAT=FILE", o)
		}
		if _, known := report.Formats[format]; !known {
			return c, fmt.Errorf("--output %q: unknown format %q (want one of %s)", o, format, strings.Join(report.FormatNames(), ", "))
		}
		if prev, dup := c.outputs[format]; dup {
			return c, fmt.Errorf("--output %q: %s already goes to %s", o, format, prev)
		}
		if !isStdout(file) {
			key := sameFile(file)
			if other, dup := written[key]; dup {
				return c, fmt.Errorf("--output %q: %s already goes to that file; one file holds one format", o, other)
			}
			written[key] = format
		}
		c.outputs[format] = file
	}
	seen := map[string]bool{}
	for _, format := range f.formats {
		if _, known := report.Formats[format]; !known {
			return c, fmt.Errorf("--format: unknown format %q (want one of %s)", format, strings.Join(report.FormatNames(), ", "))
		}
		if !seen[format] {
			seen[format] = true
			c.formats = append(c.formats, format)
		}
	}
	// An --output names a format the user wants even when --format does
	// not repeat it.
	var extra []string
	for format := range c.outputs {
		if !seen[format] {
			extra = append(extra, format)
		}
	}
	sort.Strings(extra)
	c.formats = append(c.formats, extra...)
	if len(c.formats) == 0 {
		c.formats = []string{"text"}
	}
	toStdout := 0
	for _, format := range c.formats {
		if dest, ok := c.outputs[format]; !ok || isStdout(dest) {
			toStdout++
		}
	}
	if toStdout > 1 {
		return c, fmt.Errorf("--format: %d formats would go to stdout; send all but one to files with --output FORMAT=FILE", toStdout)
	}

	c.params = map[string]string{}
	for _, file := range f.cfnFiles {
		p, err := cloudformation.LoadParams(file)
		if err != nil {
			return c, fmt.Errorf("--cfn-params: %w", err)
		}
		for k, v := range p {
			c.params[k] = v
		}
	}
	for _, kv := range f.cfnParams {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return c, fmt.Errorf("--cfn-param %q: want KEY=VALUE", kv)
		}
		c.params[k] = v
	}
	for _, file := range f.tfVarFiles {
		src, err := os.ReadFile(file)
		if err != nil {
			return c, fmt.Errorf("--var-file: %w", err)
		}
		vf := model.File{Path: filepath.ToSlash(file), Src: src}
		if err := terraform.CheckVarFile(vf); err != nil {
			return c, fmt.Errorf("--var-file: %w", err)
		}
		c.tf.VarFiles = append(c.tf.VarFiles, vf)
	}
	for _, kv := range f.tfVars {
		if k, _, ok := strings.Cut(kv, "="); !ok || k == "" {
			return c, fmt.Errorf("--var %q: want NAME=VALUE", kv)
		}
		c.tf.Vars = append(c.tf.Vars, kv)
	}
	return c, nil
}

func isTerminal(w io.Writer) bool {
	if os.Getenv("NO_COLOR") != "" {
		return false
	}
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
