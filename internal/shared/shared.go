// Package shared locates ../shared (the real-world corpus and the SARIF
// schema) for tests, and compiles and applies the view schemas. A user's clone has none, so tests skip with a clear
// message; CI always has it, and .ci/run fails when it is missing.
package shared

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Lookup returns ../shared/<parts...> from the module root and whether it
// exists.
func Lookup(tb testing.TB, parts ...string) (string, bool) {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("go.mod not found above the test directory")
		}
		dir = parent
	}
	p := filepath.Join(append([]string{dir, "..", "shared"}, parts...)...)
	_, err = os.Stat(p)
	return p, err == nil
}

// Path returns ../shared/<parts...>, skipping the test when it is absent.
func Path(tb testing.TB, parts ...string) string {
	tb.Helper()
	p, ok := Lookup(tb, parts...)
	if !ok {
		tb.Skipf("%s not found (CI provides ../shared beside the repository); skipping", p)
	}
	return p
}

// sarifSchemaURI is the $id of the official SARIF 2.1.0 schema.
const sarifSchemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

// SARIFSchema compiles the official SARIF 2.1.0 schema from
// ../shared/schemas, or returns nil when it is absent.
func SARIFSchema(tb testing.TB) *jsonschema.Schema {
	tb.Helper()
	path, ok := Lookup(tb, "schemas", "sarif-schema-2.1.0.json")
	if !ok {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		tb.Fatalf("read %s: %v", path, err)
	}
	c := jsonschema.NewCompiler()
	// The file declares draft-04 in $schema; say so for any validator
	// version that would not look.
	c.DefaultDraft(jsonschema.Draft4)
	c.AssertFormat()
	if err := c.AddResource(sarifSchemaURI, doc); err != nil {
		tb.Fatal(err)
	}
	sch, err := c.Compile(sarifSchemaURI)
	if err != nil {
		tb.Fatalf("compile SARIF schema: %v", err)
	}
	return sch
}

// CorpusIndex returns the corpus directory and the slash-separated paths,
// relative to it, of the files ../shared/corpus/INDEX.tsv lists with one
// of formats (cfn-yaml, dockerfile, buildspec, gha-workflow, ...). The
// test skips when ../shared is absent.
func CorpusIndex(tb testing.TB, formats ...string) (root string, paths []string) {
	tb.Helper()
	root = Path(tb, "corpus")
	f, err := os.Open(filepath.Join(root, "INDEX.tsv"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) >= 2 && slices.Contains(formats, cols[1]) {
			paths = append(paths, cols[0])
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return root, paths
}

// CompileSchema compiles a view's JSON Schema (as the parsers build it,
// JSON-shaped values) for validating views in tests.
func CompileSchema(tb testing.TB, name string, schema map[string]any) *jsonschema.Schema {
	tb.Helper()
	b, err := json.Marshal(schema)
	if err != nil {
		tb.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		tb.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(name+".json", doc); err != nil {
		tb.Fatal(err)
	}
	s, err := c.Compile(name + ".json")
	if err != nil {
		tb.Fatalf("compile the %s view schema: %v", name, err)
	}
	return s
}

// Validate checks a view against a schema, through JSON so that its
// values have the types a JSON decoder gives.
func Validate(s *jsonschema.Schema, view any) error {
	b, err := json.Marshal(view)
	if err != nil {
		return err
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		return err
	}
	return s.Validate(v)
}
