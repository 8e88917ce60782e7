package engine

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/tester"
)

// TestResult is the outcome of one Rego unit test.
type TestResult struct {
	// Package is the test's package, for example
	// "shipgate.aws.s3_encryption_test".
	Package string
	// Name is the test rule, for example "test_unencrypted_bucket_fails".
	Name string
	File string
	Line int
	Fail bool
	Skip bool
	// Err is set when the test could not be evaluated (a builtin error, a
	// timeout).
	Err error
	// Output is what the test printed with print().
	Output   string
	Duration time.Duration
}

// Pass reports whether the test ran and succeeded.
func (r TestResult) Pass() bool { return !r.Fail && !r.Skip && r.Err == nil }

// String formats the result as file:line: package.name: PASS|FAIL|SKIP|ERROR.
func (r TestResult) String() string {
	status := "PASS"
	switch {
	case r.Err != nil:
		status = "ERROR: " + r.Err.Error()
	case r.Fail:
		status = "FAIL"
	case r.Skip:
		status = "SKIP"
	}
	return fmt.Sprintf("%s:%d: %s.%s: %s", r.File, r.Line, r.Package, r.Name, status)
}

// TestOptions selects the tests RunTests runs.
type TestOptions struct {
	// Builtin and Extra are read as in Options: Builtin an embedded tree
	// (the built-in policies), Extra the user's files and directories,
	// test files included.
	Builtin fs.FS
	Extra   []string
	// BuiltinTests runs the tests under Builtin too; otherwise only its
	// policies and library are loaded, for the tests under Extra to use.
	BuiltinTests bool
	// Schemas are the view schemas policies are type-checked against, as
	// in Options.
	Schemas map[string]map[string]any
	// Run, when set, is a regular expression a test's package.name must
	// match (opa test --run).
	Run string
	// Timeout limits each test; zero means DefaultTimeout.
	Timeout time.Duration
}

// RunTests runs the Rego unit tests (test_* rules, usually in *_test.rego
// files) found in the selected files together with the modules they test,
// under the same restricted capabilities, metadata checks and schema type
// checks as New. It returns every result, sorted by file and line, and an
// error listing the failures; finding no test at all is an error too, since
// it means the suite was not where it was looked for.
func RunTests(ctx context.Context, opts TestOptions) ([]TestResult, error) {
	var srcs []source
	if opts.Builtin != nil {
		b, err := readFS(opts.Builtin, true, opts.BuiltinTests, false)
		if err != nil {
			return nil, err
		}
		srcs = append(srcs, b...)
	}
	extra, err := readPaths(opts.Extra, true)
	if err != nil {
		return nil, err
	}
	srcs = append(srcs, extra...)
	parsed, errs := parse(srcs, everySource)
	pols, perrs := findPolicies(srcs, parsed)
	errs = append(errs, perrs...)
	if len(errs) > 0 {
		return nil, fmt.Errorf("load tests: %w", joinErrors(errs))
	}
	for _, p := range pols {
		annotateSchema(p, opts.Schemas)
	}
	schemas, err := schemaSet(opts.Schemas)
	if err != nil {
		return nil, fmt.Errorf("load tests: %w", err)
	}
	mods := make(map[string]*ast.Module, len(parsed))
	for k, m := range parsed {
		mods[k] = m
	}

	caps, removed := capabilities()
	compiler := ast.NewCompiler().
		WithCapabilities(caps).
		WithSchemas(schemas).
		WithUseTypeCheckAnnotations(true).
		WithEnablePrintStatements(true)
	ch, err := tester.NewRunner().
		SetCompiler(compiler).
		SetModules(mods).
		RaiseBuiltinErrors(true).
		SetTimeout(cmp.Or(opts.Timeout, DefaultTimeout)).
		Filter(opts.Run).
		RunTests(ctx, nil)
	if err != nil {
		var aerrs ast.Errors
		if errors.As(err, &aerrs) {
			return nil, fmt.Errorf("compile tests: %w", joinErrors(explainRemoved(aerrs, removed)))
		}
		return nil, fmt.Errorf("run tests: %w", err)
	}

	var results []TestResult
	for r := range ch {
		tr := TestResult{
			Package:  strings.TrimPrefix(r.Package, "data."),
			Name:     r.Name,
			Fail:     r.Fail,
			Skip:     r.Skip,
			Err:      r.Error,
			Output:   string(r.Output),
			Duration: r.Duration,
		}
		if r.Location != nil {
			tr.File, tr.Line = r.Location.File, r.Location.Row
		}
		results = append(results, tr)
	}
	slices.SortFunc(results, func(a, b TestResult) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Name, b.Name))
	})
	if len(results) == 0 {
		return nil, errors.New("run tests: no test_ rules found")
	}
	var failed []string
	for _, r := range results {
		if !r.Pass() && !r.Skip {
			failed = append(failed, r.String())
		}
	}
	if len(failed) > 0 {
		return results, fmt.Errorf("%d of %d policy tests failed:\n%s", len(failed), len(results), strings.Join(failed, "\n"))
	}
	return results, nil
}
