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

// RunTests runs the Rego unit tests (test_* rules, usually in *_test.rego
// files) found in fsys together with the modules they test, under the same
// restricted capabilities as New. It returns every result, sorted by file
// and line, and an error listing the failures; finding no test at all is an
// error too, since it means the suite was not where it was looked for.
func RunTests(ctx context.Context, fsys fs.FS) ([]TestResult, error) {
	srcs, err := readFS(fsys, true, true)
	if err != nil {
		return nil, err
	}
	mods := map[string]*ast.Module{}
	var errs []error
	parsed, perrs := parse(srcs)
	errs = append(errs, perrs...)
	for _, s := range srcs {
		if m, ok := parsed[moduleKey(s)]; ok {
			mods[s.file] = m
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("load tests: %w", joinErrors(errs))
	}

	caps, removed := capabilities()
	compiler := ast.NewCompiler().
		WithCapabilities(caps).
		WithEnablePrintStatements(true)
	ch, err := tester.NewRunner().
		SetCompiler(compiler).
		SetModules(mods).
		RaiseBuiltinErrors(true).
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
