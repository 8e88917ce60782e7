package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/shipgate/shipgate/internal/shared"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestEndToEnd runs every case under testdata/e2e through run, the whole CLI.
// A case is a directory holding: args (the command line, one argument per
// line), exit (the expected exit code), stdout.golden and stderr.golden, and
// for every "--output FORMAT=FILE" a FILE.golden. Run with -update to
// rewrite the golden files.
func TestEndToEnd(t *testing.T) {
	cases, err := filepath.Glob(filepath.Join("..", "..", "testdata", "e2e", "*"))
	if err != nil || len(cases) == 0 {
		t.Fatalf("no end-to-end cases: %v", err)
	}
	schema := shared.SARIFSchema(t)
	if schema == nil {
		t.Log("SARIF outputs not validated: ../shared/schemas not found (CI provides it)")
	}
	for _, dir := range cases {
		dir, _ := filepath.Abs(dir)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			t.Chdir(dir)
			argsText, err := os.ReadFile("args")
			if err != nil {
				t.Fatal(err)
			}
			args := strings.Split(strings.TrimRight(string(argsText), "\n"), "\n")
			outputs := outputFiles(args)
			for _, o := range outputs {
				os.Remove(o)
			}
			var stdout, stderr bytes.Buffer
			code := run(args, strings.NewReader(""), &stdout, &stderr)

			checkGolden(t, "stdout.golden", stdout.Bytes())
			checkGolden(t, "stderr.golden", stderr.Bytes())
			checkGolden(t, "exit", []byte(strconv.Itoa(code)+"\n"))
			for _, o := range outputs {
				got, err := os.ReadFile(o)
				if err != nil {
					t.Fatalf("output %s not written: %v", o, err)
				}
				os.Remove(o)
				checkGolden(t, o+".golden", got)
				if strings.HasSuffix(o, ".sarif") {
					validateSARIF(t, schema, got)
				}
			}
		})
	}
}

// outputFiles returns the FILE of every --output FORMAT=FILE.
func outputFiles(args []string) []string {
	var out []string
	for i, a := range args {
		v, ok := strings.CutPrefix(a, "--output=")
		if !ok && a == "--output" && i+1 < len(args) {
			v, ok = args[i+1], true
		}
		if ok {
			if _, file, found := strings.Cut(v, "="); found {
				out = append(out, file)
			}
		}
	}
	return out
}

func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(name, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(name)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/shipgate -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", name, diff)
	}
}

// validateSARIF checks a SARIF log against the official 2.1.0 schema, when
// ../shared/schemas provides it (sch is nil otherwise).
func validateSARIF(t *testing.T, sch *jsonschema.Schema, data []byte) {
	t.Helper()
	if sch == nil {
		return
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("SARIF is not JSON: %v", err)
	}
	if err := sch.Validate(v); err != nil {
		t.Errorf("SARIF does not validate against the 2.1.0 schema: %v", err)
	}
}

// TestRuleReference fails when docs/rules.md is stale; -update rewrites it.
func TestRuleReference(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"policies", "list", "--format", "markdown"}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	path := filepath.Join("..", "..", "docs", "rules.md")
	if *update {
		if err := os.WriteFile(path, stdout.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), stdout.String()); diff != "" {
		t.Errorf("docs/rules.md is stale; run go test ./cmd/shipgate -run TestRuleReference -update (-file +generated):\n%s", diff)
	}
}
