package engine

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/bundle"
)

func TestMinimalRoots(t *testing.T) {
	got := minimalRoots([]string{"org/s3/tags", "org/s3", "org/iam", "org/s3", "orga"})
	if diff := cmp.Diff([]string{"org/iam", "org/s3", "orga"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestReadBundleRefuses checks that a bundle holding more than Rego, or
// nothing to load, is refused.
func TestReadBundleRefuses(t *testing.T) {
	const mod = "package org.p\n\nx := 1\n"
	parsed := ast.MustParseModuleWithOpts(mod, ast.ParserOptions{RegoVersion: ast.RegoV1})
	module := bundle.ModuleFile{URL: "p.rego", Path: "p.rego", Raw: []byte(mod), Parsed: parsed}
	roots := []string{"org"}
	for _, tc := range []struct {
		name string
		b    bundle.Bundle
		want string
	}{
		{"data", bundle.Bundle{Manifest: bundle.Manifest{Roots: &roots}, Data: map[string]any{"org": map[string]any{"allow": true}}, Modules: []bundle.ModuleFile{module}}, "holds data documents"},
		{"no rego", bundle.Bundle{Manifest: bundle.Manifest{Roots: &roots}, Data: map[string]any{}}, "holds no Rego policy"},
		{"only tests", bundle.Bundle{Manifest: bundle.Manifest{Roots: &roots}, Data: map[string]any{},
			Modules: []bundle.ModuleFile{{URL: "p_test.rego", Path: "p_test.rego", Raw: []byte(mod), Parsed: parsed}}}, "holds no Rego policy"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := bundle.Write(&buf, tc.b); err != nil {
				t.Fatal(err)
			}
			file := filepath.Join(t.TempDir(), "b.tar.gz")
			if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := ReadBundle(file, nil)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
}
