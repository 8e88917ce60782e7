package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// orgPolicy is a custom policy (the example of docs/policy-authoring.md)
// and orgPolicyTest its Rego test.
const orgPolicy = `# METADATA
# title: S3 bucket has no versioning
# custom:
#   id: ORG-S3-001
#   severity: high
#   input: aws
#   remediation: Enable versioning.
#   frameworks: ["aws-fsbp S3.14"]
package org.s3_versioning

import data.shipgate.lib

deny contains lib.result(msg, b, b.versioning.enabled) if {
	some b in input.aws.s3.buckets
	lib.is_false(b.versioning.enabled)
	msg := sprintf("bucket %q has no versioning; set %s to Enabled", [b.resource, b.versioning.enabled.key])
}
`

const orgPolicyTest = `package org.s3_versioning_test

import data.org.s3_versioning

test_unversioned_bucket_denied if {
	count(s3_versioning.deny) == 1 with input as {"aws": {"s3": {"buckets": [{
		"resource": "Logs",
		"versioning": {"enabled": {"value": false, "state": "default", "src": "/Resources/Logs", "key": "VersioningConfiguration.Status"}},
	}]}}}
}
`

// orgTemplate has one bucket without versioning, declared on line 3.
const orgTemplate = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: logs
`

// keyPair writes a new private key and its public key as PEM files in dir
// and returns their paths.
func keyPair(t *testing.T, dir, name, alg string) (private, public string) {
	t.Helper()
	var key any
	var pub any
	switch alg {
	case "RS256":
		k, err := rsa.GenerateKey(rand.Reader, 2048)
		if err != nil {
			t.Fatal(err)
		}
		key, pub = k, &k.PublicKey
	case "ES256":
		k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		key, pub = k, &k.PublicKey
	}
	der, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	pubDER, err := x509.MarshalPKIXPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	private, public = filepath.Join(dir, name+".key"), filepath.Join(dir, name+".pub")
	writeFile(t, private, string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})))
	writeFile(t, public, string(pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: pubDER})))
	return private, public
}

// orgSetup writes the policy directory and the template to scan.
func orgSetup(t *testing.T) (dir, policies, template string) {
	dir = t.TempDir()
	policies = filepath.Join(dir, "org-policies")
	writeFile(t, filepath.Join(policies, "s3", "versioning.rego"), orgPolicy)
	writeFile(t, filepath.Join(policies, "s3", "versioning_test.rego"), orgPolicyTest)
	template = filepath.Join(dir, "infra", "app.yaml")
	writeFile(t, template, orgTemplate)
	return dir, policies, template
}

type scanReport struct {
	Findings []struct {
		RuleID string `json:"rule_id"`
		Range  struct {
			File  string
			Start struct{ Line int }
		}
	}
	Rules  []struct{ ID string }
	Bundle *struct {
		Revision string
		Signed   bool
		Roots    []string
	}
}

func TestBundleEndToEnd(t *testing.T) {
	for _, alg := range []string{"RS256", "ES256"} {
		t.Run(alg, func(t *testing.T) {
			dir, policies, template := orgSetup(t)
			key, pub := keyPair(t, dir, "org", alg)
			bundle := filepath.Join(dir, "org.tar.gz")

			code, out, errOut := runCLI("policies", "bundle", policies, "-o", bundle, "--signing-key", key, "--signing-alg", alg, "--revision", "2026.12.1")
			if code != exitOK {
				t.Fatalf("policies bundle: exit %d\n%s%s", code, out, errOut)
			}
			if !strings.Contains(out, `1 policies (ORG-S3-001), 1 tests passed, revision "2026.12.1", signed, roots org/s3_versioning`) {
				t.Errorf("policies bundle said %q", out)
			}
			names := tarNames(t, bundle)
			for _, want := range []string{"/.manifest", "/.signatures.json", "/data.json", "/s3/versioning.rego"} {
				if !names[want] {
					t.Errorf("bundle lacks %s: %v", want, names)
				}
			}
			if names["/s3/versioning_test.rego"] {
				t.Error("the bundle carries the tests")
			}

			// Scanning with it: its rule fires where the bucket is, beside
			// the built-in rules, and every report records the revision.
			junit := filepath.Join(dir, "junit.xml")
			sarifFile := filepath.Join(dir, "out.sarif")
			code, out, errOut = runCLI("scan", template, "--bundle", bundle, "--verification-key", pub, "--format", "json",
				"--output", "junit="+junit, "--output", "sarif="+sarifFile, "--sarif-category", "infra", "--fail-on", "critical")
			if code != exitOK {
				t.Fatalf("scan: exit %d\n%s", code, errOut)
			}
			var rep scanReport
			if err := json.Unmarshal([]byte(out), &rep); err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			line := 0
			for _, f := range rep.Findings {
				if f.RuleID == "ORG-S3-001" {
					line = f.Range.Start.Line
				}
			}
			if line != 3 {
				t.Errorf("ORG-S3-001 at line %d, want 3 (the bucket Logs)\n%s", line, out)
			}
			if len(rep.Rules) < 2 {
				t.Errorf("the built-in rules did not run beside the bundle's: %v", rep.Rules)
			}
			if rep.Bundle == nil || rep.Bundle.Revision != "2026.12.1" || !rep.Bundle.Signed {
				t.Errorf("json bundle %+v", rep.Bundle)
			}
			if b, _ := os.ReadFile(junit); !bytes.Contains(b, []byte(`<property name="shipgate.bundle.revision" value="2026.12.1"></property>`)) {
				t.Errorf("junit lacks the revision:\n%.600s", b)
			}
			var log struct {
				Runs []struct {
					AutomationDetails struct{ ID string }
					Properties        struct {
						PolicyBundle struct{ Revision string }
					}
				}
			}
			b, _ := os.ReadFile(sarifFile)
			if err := json.Unmarshal(b, &log); err != nil {
				t.Fatal(err)
			}
			if r := log.Runs[0]; r.Properties.PolicyBundle.Revision != "2026.12.1" || r.AutomationDetails.ID != "infra/" {
				t.Errorf("sarif run: %+v", r)
			}

			// With --no-builtin, the bundle's rules alone.
			code, out, errOut = runCLI("scan", template, "--bundle", bundle, "--verification-key", pub, "--no-builtin", "--format", "json")
			if code != exitFindings {
				t.Fatalf("scan --no-builtin: exit %d\n%s", code, errOut)
			}
			rep = scanReport{}
			if err := json.Unmarshal([]byte(out), &rep); err != nil {
				t.Fatal(err)
			}
			if len(rep.Findings) != 1 || rep.Findings[0].RuleID != "ORG-S3-001" {
				t.Errorf("--no-builtin findings: %+v", rep.Findings)
			}

			// One byte changed in one policy file of the archive: refused.
			tampered := filepath.Join(dir, "tampered.tar.gz")
			rewriteTar(t, bundle, tampered, "/s3/versioning.rego", func(b []byte) []byte {
				return bytes.Replace(b, []byte("severity: high"), []byte("severity: info"), 1)
			})
			code, _, errOut = runCLI("scan", template, "--bundle", tampered, "--verification-key", pub)
			if code != exitUsage || !strings.Contains(errOut, "does not verify") || !strings.Contains(errOut, "s3/versioning.rego: digest mismatch") {
				t.Errorf("tampered bundle: exit %d, %q", code, errOut)
			}
			// A file added to the archive: refused.
			added := filepath.Join(dir, "added.tar.gz")
			rewriteTar(t, bundle, added, "/s3/extra.rego", func([]byte) []byte { return []byte("package org.extra\n") })
			code, _, errOut = runCLI("scan", template, "--bundle", added, "--verification-key", pub)
			if code != exitUsage || !strings.Contains(errOut, "not included in bundle signature") {
				t.Errorf("bundle with an added file: exit %d, %q", code, errOut)
			}

			// Another key: refused.
			_, otherPub := keyPair(t, dir, "other", alg)
			code, _, errOut = runCLI("scan", template, "--bundle", bundle, "--verification-key", otherPub)
			if code != exitUsage || !strings.Contains(errOut, "failed to verify JWT signature") {
				t.Errorf("wrong key: exit %d, %q", code, errOut)
			}
			// A signed bundle without a key: refused.
			code, _, errOut = runCLI("scan", template, "--bundle", bundle)
			if code != exitUsage || !strings.Contains(errOut, "is signed: give its public key with --verification-key") {
				t.Errorf("signed bundle, no key: exit %d, %q", code, errOut)
			}

			// An unsigned bundle with a key: refused; without: loaded.
			unsigned := filepath.Join(dir, "unsigned.tar.gz")
			if code, out, errOut := runCLI("policies", "bundle", policies, "-o", unsigned); code != exitOK {
				t.Fatalf("unsigned bundle: exit %d\n%s%s", code, out, errOut)
			}
			code, _, errOut = runCLI("scan", template, "--bundle", unsigned, "--verification-key", pub)
			if code != exitUsage || !strings.Contains(errOut, "is not signed, but --verification-key requires a signed bundle") {
				t.Errorf("unsigned bundle with a key: exit %d, %q", code, errOut)
			}
			code, out, errOut = runCLI("scan", template, "--bundle", unsigned, "--format", "json", "--fail-on", "none")
			if code != exitOK {
				t.Fatalf("unsigned bundle: exit %d\n%s", code, errOut)
			}
			rep = scanReport{}
			if err := json.Unmarshal([]byte(out), &rep); err != nil {
				t.Fatal(err)
			}
			if rep.Bundle == nil || rep.Bundle.Signed || !strings.HasPrefix(rep.Bundle.Revision, "sha256-") {
				t.Errorf("unsigned bundle: %+v", rep.Bundle)
			}
		})
	}
}

// TestBundleDirectory scans with a signed bundle extracted to a directory.
func TestBundleDirectory(t *testing.T) {
	dir, policies, template := orgSetup(t)
	key, pub := keyPair(t, dir, "org", "ES256")
	bundle := filepath.Join(dir, "org.tar.gz")
	if code, out, errOut := runCLI("policies", "bundle", policies, "-o", bundle, "--signing-key", key); code != exitOK {
		t.Fatalf("policies bundle: exit %d\n%s%s", code, out, errOut)
	}
	extracted := filepath.Join(dir, "extracted")
	for name, content := range tarFiles(t, bundle) {
		writeFile(t, filepath.Join(extracted, filepath.FromSlash(name)), string(content))
	}
	code, out, errOut := runCLI("scan", template, "--bundle", extracted, "--verification-key", pub, "--no-builtin", "--format", "json")
	if code != exitFindings || !strings.Contains(out, `"ORG-S3-001"`) {
		t.Fatalf("directory bundle: exit %d\n%s%s", code, out, errOut)
	}
	// policies list and show read a bundle too.
	code, out, errOut = runCLI("policies", "list", "--bundle", bundle, "--verification-key", pub, "--no-builtin", "--format", "json")
	if code != exitOK || !strings.Contains(out, `"id": "ORG-S3-001"`) || !strings.Contains(out, `"file": "`+filepath.ToSlash(bundle)+`/s3/versioning.rego"`) {
		t.Errorf("policies list --bundle: exit %d\n%s%s", code, out, errOut)
	}
	if code, out, errOut := runCLI("policies", "show", "ORG-S3-001", "--bundle", extracted, "--verification-key", pub); code != exitOK || !strings.Contains(out, "S3 bucket has no versioning") {
		t.Errorf("policies show --bundle: exit %d\n%s%s", code, out, errOut)
	}
	if code, _, errOut := runCLI("policies", "list", "--bundle", bundle); code != exitUsage || !strings.Contains(errOut, "is signed") {
		t.Errorf("policies list, signed bundle without key: exit %d, %q", code, errOut)
	}

	writeFile(t, filepath.Join(extracted, "s3", "versioning.rego"), strings.Replace(orgPolicy, "high", "low", 1))
	if code, _, errOut := runCLI("scan", template, "--bundle", extracted, "--verification-key", pub); code != exitUsage || !strings.Contains(errOut, "digest mismatch") {
		t.Errorf("tampered directory bundle: exit %d, %q", code, errOut)
	}
}

// TestPoliciesBundleRefuses checks that a bundle is built only from
// policies that load and pass their tests, and the flags' errors.
func TestPoliciesBundleRefuses(t *testing.T) {
	dir, policies, _ := orgSetup(t)
	out := filepath.Join(dir, "b.tar.gz")

	failing := filepath.Join(dir, "failing")
	writeFile(t, filepath.Join(failing, "p.rego"), orgPolicy)
	writeFile(t, filepath.Join(failing, "p_test.rego"), strings.Replace(orgPolicyTest, "== 1", "== 2", 1))
	untested := filepath.Join(dir, "untested")
	writeFile(t, filepath.Join(untested, "p.rego"), orgPolicy)
	broken := filepath.Join(dir, "broken")
	writeFile(t, filepath.Join(broken, "p.rego"), strings.Replace(orgPolicy, "#   severity: high\n", "", 1))
	_, pub := keyPair(t, dir, "k", "ES256")
	rsaKey, _ := keyPair(t, dir, "r", "RS256")

	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"failing test", []string{failing}, exitFindings, "no bundle written: 1 of 1 policy tests failed"},
		{"no tests", []string{untested}, exitUsage, "no test_ rules found"},
		{"bad metadata", []string{broken}, exitUsage, "has no custom.severity"},
		{"no output", []string{policies, "-o", ""}, exitUsage, "give the bundle file with -o FILE"},
		{"bad alg", []string{policies, "--signing-key", rsaKey, "--signing-alg", "HS256"}, exitUsage, `--signing-alg "HS256": want RS256 or ES256`},
		{"alg of another key", []string{policies, "--signing-key", rsaKey, "--signing-alg", "ES256"}, exitUsage, "signing key is for RS256, not ES256"},
		{"public key to sign", []string{policies, "--signing-key", pub}, exitUsage, `PEM block "PUBLIC KEY" is not a private key`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			os.Remove(out)
			args := append([]string{"policies", "bundle", "-o", out}, tc.args...)
			code, _, errOut := runCLI(args...)
			if code != tc.code || !strings.Contains(errOut, tc.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errOut, tc.code, tc.want)
			}
			if _, err := os.Stat(out); err == nil {
				t.Error("a bundle was written")
			}
		})
	}
}

// TestOrgFlagErrors checks the scan flags' usage errors.
func TestOrgFlagErrors(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "app.yaml"), orgTemplate)
	app := filepath.Join(dir, "app.yaml")
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"asff without account", []string{"--format", "asff", "--asff-region", "eu-west-1"}, "--asff-account is required with --format asff"},
		{"asff bad account", []string{"--format", "asff", "--asff-account", "1234", "--asff-region", "eu-west-1"}, `--asff-account "1234": want a 12-digit AWS account id`},
		{"asff without region", []string{"--format", "asff", "--asff-account", "123456789012"}, "--asff-region is required"},
		{"asff flags without asff", []string{"--asff-account", "123456789012"}, "apply to --format asff"},
		{"category without sarif", []string{"--sarif-category", "infra"}, "--sarif-category sets the SARIF output's category"},
		{"key without bundle", []string{"--verification-key", app}, "--verification-key verifies a --bundle"},
		{"missing bundle", []string{"--bundle", filepath.Join(dir, "nope.tar.gz")}, "read bundle"},
		{"not a bundle", []string{"--bundle", app}, "does not verify"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runCLI(append([]string{"scan", app}, tc.args...)...)
			if code != exitUsage || !strings.Contains(errOut, tc.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", code, errOut, tc.want)
			}
		})
	}
}

// TestASFFScan writes ASFF through the CLI, to a file.
func TestASFFScan(t *testing.T) {
	dir, _, template := orgSetup(t)
	out := filepath.Join(dir, "findings.asff.json")
	code, _, errOut := runCLI("scan", template, "--output", "asff="+out, "--asff-account", "123456789012", "--asff-region", "eu-west-1", "--asff-source", "acme/infra", "--fail-on", "none")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var findings []struct {
		ID          string `json:"Id"`
		GeneratorID string `json:"GeneratorId"`
		ProductArn  string
	}
	if err := json.Unmarshal(b, &findings); err != nil {
		t.Fatal(err)
	}
	if len(findings) == 0 {
		t.Fatal("no findings")
	}
	for _, f := range findings {
		if !strings.HasPrefix(f.ID, "shipgate/acme/infra/") || f.ProductArn != "arn:aws:securityhub:eu-west-1:123456789012:product/123456789012/default" {
			t.Errorf("finding %+v", f)
		}
	}
}

// tarNames lists the names in a gzipped tar.
func tarNames(t *testing.T, file string) map[string]bool {
	names := map[string]bool{}
	for name := range tarFiles(t, file) {
		names["/"+name] = true
	}
	return names
}

// tarFiles reads a gzipped tar: its files by name, without the leading
// slash.
func tarFiles(t *testing.T, file string) map[string][]byte {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(gz)
	out := map[string][]byte{}
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			t.Fatal(err)
		}
		out[strings.TrimPrefix(h.Name, "/")] = b
	}
}

// rewriteTar copies a gzipped tar with the file name changed by edit (or
// added, when it is not there).
func rewriteTar(t *testing.T, from, to, name string, edit func([]byte) []byte) {
	t.Helper()
	files := tarFiles(t, from)
	key := strings.TrimPrefix(name, "/")
	files[key] = edit(files[key])
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	for n, b := range files {
		if err := tw.WriteHeader(&tar.Header{Name: "/" + n, Mode: 0o644, Size: int64(len(b)), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write(b); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := gz.Close(); err != nil {
		t.Fatal(err)
	}
	writeFile(t, to, buf.String())
}
