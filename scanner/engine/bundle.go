package engine

import (
	"cmp"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/bundle"

	"github.com/shipgate/shipgate/scanner/model"
)

// bundleKeyID names the one key a shipgate bundle is signed with: the
// "kid" of its signature, and the id its verification key is known by.
const bundleKeyID = "shipgate"

// maxBundleSize bounds every file read from a bundle (OPA's reader
// default is 1 GB): a policy set is far smaller, and a gzip bomb is not.
const maxBundleSize = 64 << 20

// Signing algorithms a bundle may be signed with.
const (
	AlgRS256 = "RS256"
	AlgES256 = "ES256"
)

// Bundle is a policy bundle in OPA's bundle format, read and verified by
// ReadBundle. Its policies join the user's policies (Options.Bundle): they
// are compiled with the built-in ones, once.
type Bundle struct {
	// Info is what reports record about it.
	Info model.Bundle
	srcs []source
}

// Policies lists the bundle's Rego files by name.
func (b *Bundle) Policies() []string {
	out := make([]string, len(b.srcs))
	for i, s := range b.srcs {
		out[i] = s.file
	}
	return out
}

// BundleOptions configures WriteBundle.
type BundleOptions struct {
	// Revision is the manifest's revision; empty derives one from the
	// content ("sha256-" and the first 16 hex digits of a hash of every
	// file's path and text), so the same policies get the same revision.
	Revision string
	// SigningKey is a PEM private key (PKCS #1, PKCS #8 or SEC 1); nil
	// writes an unsigned bundle.
	SigningKey []byte
	// SigningAlg is AlgRS256 (an RSA key) or AlgES256 (an ECDSA P-256
	// key); empty picks the one the key is for.
	SigningAlg string
}

// WriteBundle writes the policies and libraries under dir (the .rego files
// but the tests, which stay with their sources) as a gzipped tar bundle:
// the files at their paths relative to dir, an empty data.json, and a
// .manifest with the revision and, as roots, the packages of the files.
// With a signing key it adds .signatures.json, a JWT over the SHA-256 of
// every file. It checks nothing of the policies themselves: load and test
// them first (shipgate policies bundle does).
func WriteBundle(w io.Writer, dir string, opts BundleOptions) (model.Bundle, error) {
	srcs, err := readPaths([]string{dir}, false)
	if err != nil {
		return model.Bundle{}, err
	}
	if len(srcs) == 0 {
		return model.Bundle{}, fmt.Errorf("bundle %s: no .rego policy files", dir)
	}
	b := bundle.Bundle{Data: map[string]any{}}
	var packages []string
	hash := sha256.New()
	for _, s := range srcs {
		rel, err := filepath.Rel(dir, filepath.FromSlash(s.file))
		if err != nil {
			return model.Bundle{}, fmt.Errorf("bundle %s: %w", s.file, err)
		}
		rel = filepath.ToSlash(rel)
		mod, err := ast.ParseModuleWithOpts(rel, s.text, ast.ParserOptions{RegoVersion: ast.RegoV1, Capabilities: parserCapabilities()})
		if err != nil {
			return model.Bundle{}, fmt.Errorf("bundle: %w", err)
		}
		packages = append(packages, packageRoot(mod.Package.Path))
		b.Modules = append(b.Modules, bundle.ModuleFile{URL: rel, Path: rel, RelativePath: rel, Raw: []byte(s.text), Parsed: mod})
		fmt.Fprintf(hash, "%s\x00%d\x00%s", rel, len(s.text), s.text)
	}
	roots := minimalRoots(packages)
	b.Manifest.Roots = &roots
	b.Manifest.Revision = cmp.Or(opts.Revision, "sha256-"+hex.EncodeToString(hash.Sum(nil))[:16])
	b.Manifest.SetRegoVersion(ast.RegoV1)

	info := model.Bundle{Revision: b.Manifest.Revision, Roots: roots}
	if opts.SigningKey != nil {
		alg, err := signingAlg(opts.SigningKey, opts.SigningAlg)
		if err != nil {
			return model.Bundle{}, err
		}
		sc := bundle.NewSigningConfig(string(opts.SigningKey), alg, "")
		if err := b.GenerateSignature(sc, bundleKeyID, true); err != nil {
			return model.Bundle{}, fmt.Errorf("sign bundle: %w", err)
		}
		info.Signed = true
	}
	if err := bundle.Write(w, b); err != nil {
		return model.Bundle{}, fmt.Errorf("write bundle: %w", err)
	}
	return info, nil
}

// ReadBundle reads a bundle, a .tar.gz file or a directory, and verifies
// it: with a verification key (PEM: a public key or a certificate), the
// bundle must be signed with that key and every file must match the hash
// the signature gives it; without one, it must not be signed at all (a
// signature that nobody checks would only look reassuring). A bundle with
// data documents, Wasm or plan files, or patches is refused: shipgate's
// policies read only their input.
func ReadBundle(name string, verificationKey []byte) (*Bundle, error) {
	info, err := os.Stat(name)
	if err != nil {
		return nil, fmt.Errorf("read bundle: %w", err)
	}
	var loader bundle.DirectoryLoader
	if info.IsDir() {
		loader = bundle.NewDirectoryLoader(name)
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, fmt.Errorf("read bundle: %w", err)
		}
		defer f.Close()
		loader = bundle.NewTarballLoaderWithBaseURL(f, "")
	}
	r := bundle.NewCustomReader(loader.WithSizeLimitBytes(maxBundleSize)).
		WithSizeLimitBytes(maxBundleSize).
		WithRegoVersion(ast.RegoV1).
		WithCapabilities(parserCapabilities())
	if verificationKey != nil {
		alg, err := verificationAlg(verificationKey)
		if err != nil {
			return nil, err
		}
		keys := map[string]*bundle.KeyConfig{bundleKeyID: {Key: string(verificationKey), Algorithm: alg}}
		r = r.WithBundleVerificationConfig(bundle.NewVerificationConfig(keys, bundleKeyID, "", nil))
	}
	b, err := r.Read()
	if err != nil {
		switch msg := err.Error(); {
		case verificationKey == nil && strings.Contains(msg, "verification key not provided"):
			return nil, fmt.Errorf("bundle %s is signed: give its public key with --verification-key to verify it", name)
		case verificationKey != nil && strings.Contains(msg, "missing .signatures.json"):
			return nil, fmt.Errorf("bundle %s is not signed, but --verification-key requires a signed bundle", name)
		}
		return nil, fmt.Errorf("bundle %s does not verify: %w", name, err)
	}
	var bad []string
	if b.Type() != bundle.SnapshotBundleType {
		bad = append(bad, "it is a delta bundle")
	}
	if len(b.Data) > 0 {
		bad = append(bad, "it holds data documents")
	}
	if len(b.WasmModules) > 0 || len(b.Wasm) > 0 || len(b.PlanModules) > 0 {
		bad = append(bad, "it holds Wasm or plan files")
	}
	if len(bad) > 0 {
		return nil, fmt.Errorf("bundle %s: %s; a shipgate bundle holds Rego policies and libraries only", name, strings.Join(bad, ", "))
	}
	out := &Bundle{Info: model.Bundle{
		Path:     filepath.ToSlash(name),
		Revision: b.Manifest.Revision,
		Signed:   len(b.Signatures.Signatures) > 0,
	}}
	if b.Manifest.Roots != nil {
		out.Info.Roots = slices.Clone(*b.Manifest.Roots)
	}
	if out.Info.Roots == nil {
		out.Info.Roots = []string{}
	}
	prefix := strings.TrimSuffix(filepath.ToSlash(name), "/")
	for _, m := range b.Modules {
		p := strings.TrimPrefix(filepath.ToSlash(m.Path), "/")
		if !isRego(path.Base(p), false) {
			continue // a test travels with its sources, not in a bundle
		}
		out.srcs = append(out.srcs, source{file: prefix + "/" + p, text: string(m.Raw)})
	}
	if len(out.srcs) == 0 {
		return nil, fmt.Errorf("bundle %s holds no Rego policy", name)
	}
	slices.SortFunc(out.srcs, func(a, b source) int { return strings.Compare(a.file, b.file) })
	return out, nil
}

// packageRoot is a package's bundle root: data.shipgate.org.tags is
// "shipgate/org/tags".
func packageRoot(ref ast.Ref) string {
	parts := make([]string, 0, len(ref))
	for _, t := range ref[1:] {
		s, ok := t.Value.(ast.String)
		if !ok {
			parts = append(parts, t.String())
			continue
		}
		parts = append(parts, string(s))
	}
	return strings.Join(parts, "/")
}

// minimalRoots drops repeated roots and those inside another one: OPA
// refuses a manifest whose roots overlap.
func minimalRoots(roots []string) []string {
	slices.Sort(roots)
	roots = slices.Compact(roots)
	var out []string
	for _, r := range roots {
		if !slices.ContainsFunc(out, func(o string) bool { return bundle.RootPathsOverlap(o, r) }) {
			out = append(out, r)
		}
	}
	return out
}

// CheckSigningKey checks a signing key as WriteBundle will, before the
// work of loading and testing the policies it is to sign.
func CheckSigningKey(keyPEM []byte, alg string) error {
	_, err := signingAlg(keyPEM, alg)
	return err
}

// signingAlg checks that a PEM private key suits the algorithm asked for
// (empty: the one the key is for) and returns that algorithm.
func signingAlg(keyPEM []byte, alg string) (string, error) {
	block, _ := pem.Decode(keyPEM)
	if block == nil {
		return "", errors.New("signing key: not a PEM private key")
	}
	var key any
	var err error
	switch block.Type {
	case "RSA PRIVATE KEY":
		key, err = x509.ParsePKCS1PrivateKey(block.Bytes)
	case "EC PRIVATE KEY":
		key, err = x509.ParseECPrivateKey(block.Bytes)
	case "PRIVATE KEY":
		key, err = x509.ParsePKCS8PrivateKey(block.Bytes)
	default:
		return "", fmt.Errorf("signing key: PEM block %q is not a private key", block.Type)
	}
	if err != nil {
		return "", fmt.Errorf("signing key: %w", err)
	}
	return keyAlg("signing key", key, alg)
}

// verificationAlg returns the algorithm a PEM public key (or certificate)
// verifies.
func verificationAlg(keyPEM []byte) (string, error) {
	block, _ := pem.Decode(keyPEM)
	if block == nil {
		return "", errors.New("verification key: not a PEM public key")
	}
	var key any
	var err error
	switch block.Type {
	case "PUBLIC KEY":
		key, err = x509.ParsePKIXPublicKey(block.Bytes)
	case "RSA PUBLIC KEY":
		key, err = x509.ParsePKCS1PublicKey(block.Bytes)
	case "CERTIFICATE":
		var cert *x509.Certificate
		if cert, err = x509.ParseCertificate(block.Bytes); err == nil {
			key = cert.PublicKey
		}
	default:
		return "", fmt.Errorf("verification key: PEM block %q is not a public key (give the public half of the signing key)", block.Type)
	}
	if err != nil {
		return "", fmt.Errorf("verification key: %w", err)
	}
	return keyAlg("verification key", key, "")
}

// keyAlg is the algorithm of a key: RS256 for RSA (2048 bits or more),
// ES256 for ECDSA on P-256. want, when set, must be that algorithm.
func keyAlg(what string, key any, want string) (string, error) {
	var alg string
	switch k := key.(type) {
	case *rsa.PrivateKey:
		key = &k.PublicKey
	case *ecdsa.PrivateKey:
		key = &k.PublicKey
	}
	switch k := key.(type) {
	case *rsa.PublicKey:
		if k.N.BitLen() < 2048 {
			return "", fmt.Errorf("%s: RSA key of %d bits; use 2048 bits or more", what, k.N.BitLen())
		}
		alg = AlgRS256
	case *ecdsa.PublicKey:
		if k.Curve != elliptic.P256() {
			return "", fmt.Errorf("%s: ECDSA key on %s; ES256 needs P-256", what, k.Curve.Params().Name)
		}
		alg = AlgES256
	default:
		return "", fmt.Errorf("%s: a %T; want an RSA (RS256) or ECDSA P-256 (ES256) key", what, key)
	}
	if want != "" && want != alg {
		return "", fmt.Errorf("%s is for %s, not %s", what, alg, want)
	}
	return alg, nil
}
