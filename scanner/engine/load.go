package engine

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/util"

	"github.com/shipgate/shipgate/scanner/model"
)

// internalPackage is the package of the module New generates to collect
// every policy's results; policies may not use it.
const internalPackage = "shipgate_engine_internal"

// source is one Rego file before parsing.
type source struct {
	file    string // as shown in messages and model.Rule.File
	builtin bool
	text    string
	// fsys, when set, holds the file, read when it is parsed (content):
	// a lazy engine reads only the built-in files a group compiles.
	fsys fs.FS
	// header is set when text is only the file's header (see header).
	header bool
}

// policy is a loaded policy: its metadata and which rules it defines.
type policy struct {
	rule model.Rule
	mod  *ast.Module
	pkg  ast.Ref
	deny bool
	warn bool
	// off is true for an opt-in policy that was not enabled: it is
	// listed but not evaluated.
	off bool
}

// isRego reports whether name is a policy or library file; withTests also
// accepts *_test.rego.
func isRego(name string, withTests bool) bool {
	if !strings.HasSuffix(name, ".rego") {
		return false
	}
	return withTests || !strings.HasSuffix(name, "_test.rego")
}

// readFS reads every .rego file under fsys, in lexical order, or with
// later lists them to be read when parsed.
func readFS(fsys fs.FS, builtin, withTests, later bool) ([]source, error) {
	var srcs []source
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !isRego(d.Name(), withTests) {
			return nil
		}
		if later {
			srcs = append(srcs, source{file: p, builtin: builtin, fsys: fsys})
			return nil
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		srcs = append(srcs, source{file: p, builtin: builtin, text: string(b)})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read policies: %w", err)
	}
	return srcs, nil
}

// readPaths reads the user's --policy arguments: .rego files, or directories
// walked recursively for .rego files (tests only withTests).
func readPaths(paths []string, withTests bool) ([]source, error) {
	var srcs []source
	seen := map[string]bool{}
	add := func(p string) error {
		name := filepath.ToSlash(filepath.Clean(p))
		if seen[name] {
			return nil
		}
		seen[name] = true
		b, err := readRegular(p)
		if err != nil {
			return fmt.Errorf("read policy: %w", err)
		}
		srcs = append(srcs, source{file: name, text: string(b)})
		return nil
	}
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			return nil, fmt.Errorf("read policy: %w", err)
		}
		if !info.IsDir() {
			if !strings.HasSuffix(root, ".rego") {
				return nil, fmt.Errorf("read policy %s: not a .rego file", root)
			}
			if !isRego(filepath.Base(root), withTests) {
				continue
			}
			if err := add(root); err != nil {
				return nil, err
			}
			continue
		}
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() || !isRego(d.Name(), withTests) {
				return nil
			}
			return add(p)
		})
		if err != nil {
			return nil, fmt.Errorf("read policies in %s: %w", root, err)
		}
	}
	return srcs, nil
}

// header is the start of a Rego file up to the end of its package line:
// the comments before it (the METADATA block) and the package. Parsed
// alone it gives the package and its metadata at a fraction of the cost
// of the whole file, with the same file:line positions. A file whose
// package line is not found is returned whole.
func header(text string) string {
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text) - off
		}
		line := strings.TrimSpace(text[off : off+end])
		rest, ok := strings.CutPrefix(line, "package")
		if ok && rest != "" && (rest[0] == ' ' || rest[0] == '\t') {
			return text[:off+end]
		}
		if line != "" && !strings.HasPrefix(line, "#") {
			return text
		}
		off += end + 1
	}
	return text
}

// headers returns the sources cut to their headers (see header).
func headers(srcs []source) []source {
	hs := make([]source, len(srcs))
	for i, s := range srcs {
		hs[i] = s
		hs[i].text, hs[i].header = header(s.text), true
	}
	return hs
}

// parse parses every source as Rego v1, with its annotations when
// annotated says so: their YAML is most of the cost of parsing a policy,
// and a group that does not type-check a built-in policy needs none of
// them (group.go). The module map is keyed so that a built-in file and a
// user file of the same name stay apart.
func parse(srcs []source, annotated func(source) bool) (map[string]*ast.Module, []error) {
	mods := make(map[string]*ast.Module, len(srcs))
	var errs []error
	for _, s := range srcs {
		text, err := s.content()
		if err != nil {
			errs = append(errs, fmt.Errorf("read policies: %w", err))
			continue
		}
		m, err := ast.ParseModuleWithOpts(s.file, text, ast.ParserOptions{
			ProcessAnnotation: annotated(s),
			RegoVersion:       ast.RegoV1,
			Capabilities:      parserCapabilities(),
		})
		if err != nil {
			errs = append(errs, flatten(err)...)
			continue
		}
		mods[moduleKey(s)] = m
	}
	return mods, errs
}

// content is the source's text, read from its FS when it was listed
// without it.
func (s source) content() (string, error) {
	if s.fsys == nil {
		return s.text, nil
	}
	b, err := fs.ReadFile(s.fsys, s.file)
	return string(b), err
}

// everySource parses every source with its annotations.
func everySource(source) bool { return true }

func moduleKey(s source) string {
	if s.builtin {
		return "builtin:" + s.file
	}
	return "user:" + s.file
}

// flatten splits OPA's multi-error values so each message keeps its own
// file:line prefix.
func flatten(err error) []error {
	var aerrs ast.Errors
	if errors.As(err, &aerrs) {
		out := make([]error, len(aerrs))
		for i, e := range aerrs {
			out[i] = e
		}
		return out
	}
	return []error{err}
}

// errAt formats a load error at an OPA location as file:line: message.
func errAt(loc *ast.Location, format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	if loc == nil {
		return errors.New(msg)
	}
	return fmt.Errorf("%s:%d: %s", loc.File, loc.Row, msg)
}

// joinErrors sorts load errors by their text (file:line first) so the
// message is the same on every run.
func joinErrors(errs []error) error {
	if len(errs) == 0 {
		return nil
	}
	out := make([]error, len(errs))
	for i, e := range errs {
		out[i] = e
		if msg := e.Error(); compilerVars.MatchString(msg) {
			out[i] = errors.New(compilerVars.ReplaceAllString(msg, "_"))
		}
	}
	slices.SortStableFunc(out, func(a, b error) int { return strings.Compare(a.Error(), b.Error()) })
	out = slices.CompactFunc(out, func(a, b error) bool { return a.Error() == b.Error() })
	return errors.Join(out...)
}

// compilerVars matches the variables OPA's compiler invents for "some x in"
// and "_" (__local12__): their numbers depend on every other module loaded,
// so errors show "_" instead.
var compilerVars = regexp.MustCompile(`__local[0-9]+__`)

// module is a parsed module with the source it came from.
type module struct {
	src source
	mod *ast.Module
}

// findPolicies finds the policies among the parsed modules, checks them against
// the contract and reads their metadata. Results are ordered by rule id.
// A source parsed as its header only (source.header) is a policy when its
// package has metadata and a library when not; the checks that need its
// rules (deny or warn defined, as partial sets) wait for the full parse of
// the group that compiles it.
func findPolicies(srcs []source, mods map[string]*ast.Module) ([]*policy, []error) {
	var errs []error
	byPkg := map[string][]module{}
	var order []string
	for _, s := range srcs {
		m, ok := mods[moduleKey(s)]
		if !ok {
			continue // parse error already reported
		}
		key := m.Package.Path.String()
		if _, ok := byPkg[key]; !ok {
			order = append(order, key)
		}
		byPkg[key] = append(byPkg[key], module{src: s, mod: m})
	}

	var out []*policy
	ids := map[string]*ast.Location{}
	for _, key := range order {
		group := byPkg[key]
		pkgName := strings.TrimPrefix(key, "data.")
		if pkgName == internalPackage || strings.HasPrefix(pkgName, internalPackage+".") {
			errs = append(errs, errAt(group[0].mod.Package.Location, "package %s is reserved for shipgate", pkgName))
			continue
		}
		isLib := pkgName == "shipgate.lib" || strings.HasPrefix(pkgName, "shipgate.lib.")

		var defining []module
		for _, m := range group {
			deny, warn, rerrs := resultRules(m.mod)
			errs = append(errs, rerrs...)
			meta := packageAnnotation(m.mod)
			hasMeta := meta != nil && len(meta.Custom) > 0
			switch {
			case isLib && (deny || warn):
				errs = append(errs, errAt(m.mod.Package.Location, "library package %s must not define deny or warn", pkgName))
			case isLib && hasMeta:
				errs = append(errs, errAt(meta.Location, "library package %s must not carry policy metadata", pkgName))
			case !isLib && (deny || warn || hasMeta):
				defining = append(defining, m)
			}
		}
		if len(defining) == 0 {
			continue // a library
		}
		if len(group) > 1 {
			other := group[0]
			if other.src == defining[0].src {
				other = group[1]
			}
			errs = append(errs, errAt(defining[0].mod.Package.Location,
				"package %s is also declared in %s; a policy must be alone in its package (one policy per file)",
				pkgName, other.src.file))
			continue
		}
		m := defining[0]
		p, perrs := readPolicy(m)
		if len(perrs) > 0 {
			errs = append(errs, perrs...)
			continue
		}
		if prev, dup := ids[p.rule.ID]; dup {
			errs = append(errs, errAt(packageAnnotation(m.mod).Location,
				"duplicate policy id %q, already used at %s:%d", p.rule.ID, prev.File, prev.Row))
			continue
		}
		ids[p.rule.ID] = packageAnnotation(m.mod).Location
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b *policy) int { return cmp.Compare(a.rule.ID, b.rule.ID) })
	return out, errs
}

// resultRules reports whether the module defines deny and warn, and checks
// they are partial sets: the engine reads every element as one result.
func resultRules(m *ast.Module) (deny, warn bool, errs []error) {
	for _, r := range m.Rules {
		ref := r.Head.Ref()
		if len(ref) == 0 {
			continue
		}
		name, ok := ref[0].Value.(ast.Var)
		if !ok || (name != "deny" && name != "warn") {
			continue
		}
		if len(ref) > 1 || len(r.Head.Args) > 0 || r.Head.DocKind() != ast.PartialSetDoc {
			// Still counted as defined, so the author sees this error
			// rather than "defines neither deny nor warn".
			errs = append(errs, errAt(r.Location, "%s must be a partial set rule (%s contains result if { ... })", name, name))
		}
		if name == "deny" {
			deny = true
		} else {
			warn = true
		}
	}
	return deny, warn, errs
}

// packageAnnotation returns the package-scoped METADATA block, if any.
func packageAnnotation(m *ast.Module) *ast.Annotations {
	for _, a := range m.Annotations {
		if a.Scope == "package" {
			return a
		}
	}
	return nil
}

// customKeys are the fields shipgate reads under custom:. Anything else is
// rejected so that a misspelt key fails loudly instead of being ignored.
var customKeys = []string{"id", "severity", "kinds", "input", "remediation", "frameworks", "aliases", "secret", "opt_in"}

// readPolicy reads one policy module's metadata.
func readPolicy(m module) (*policy, []error) {
	mod := m.mod
	pkgName := strings.TrimPrefix(mod.Package.Path.String(), "data.")
	deny, warn, _ := resultRules(mod)
	meta := packageAnnotation(mod)
	if meta == nil {
		return nil, []error{errAt(mod.Package.Location,
			"policy %s has no METADATA block; put one with custom.id and custom.severity right before the package line", pkgName)}
	}
	loc := meta.Location
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, errAt(loc, format, args...)) }

	rule := model.Rule{
		Title:       meta.Title,
		Description: meta.Description,
		Package:     pkgName,
		File:        m.src.file,
		Builtin:     m.src.builtin,
	}
	c := meta.Custom
	for k := range c {
		if !slices.Contains(customKeys, k) {
			bad("unknown custom field %q in policy %s (known: %s)", k, pkgName, strings.Join(customKeys, ", "))
		}
	}

	if id, ok := c["id"].(string); ok && strings.TrimSpace(id) != "" {
		rule.ID = strings.TrimSpace(id)
	} else if c["id"] == nil {
		bad("policy %s has no custom.id", pkgName)
	} else {
		bad("policy %s: custom.id must be a non-empty string", pkgName)
	}

	switch s, ok := c["severity"].(string); {
	case c["severity"] == nil:
		bad("policy %s has no custom.severity (critical, high, medium, low or info)", pkgName)
	case !ok:
		bad("policy %s: custom.severity must be a string (critical, high, medium, low or info)", pkgName)
	default:
		sev, err := model.ParseSeverity(s)
		if err == nil && sev == model.SeverityNone {
			err = fmt.Errorf("severity %q is not allowed for a policy", s)
		}
		if err != nil {
			bad("policy %s: %v", pkgName, err)
		}
		rule.Severity = sev
	}

	kinds, kerr := stringList(c, "kinds")
	if kerr != nil {
		bad("policy %s: %v", pkgName, kerr)
	} else if kinds != nil && len(kinds) == 0 {
		bad("policy %s: custom.kinds is empty; leave it out to apply the policy to every kind", pkgName)
	}
	for _, k := range kinds {
		if !slices.Contains(model.Kinds, model.Kind(k)) {
			bad("policy %s: unknown kind %q in custom.kinds", pkgName, k)
			continue
		}
		if !slices.Contains(rule.Kinds, model.Kind(k)) {
			rule.Kinds = append(rule.Kinds, model.Kind(k))
		}
	}
	if in, ok := c["input"]; ok {
		view, _ := in.(string)
		switch {
		case !slices.Contains(model.Views(), view):
			bad("policy %s: custom.input must be one of %s, got %v", pkgName, strings.Join(model.Views(), ", "), in)
		case kinds != nil:
			bad("policy %s: set custom.kinds or custom.input, not both", pkgName)
		default:
			rule.Kinds = model.ViewKinds(view)
		}
	}

	if r, ok := c["remediation"]; ok {
		if s, ok := r.(string); ok {
			rule.Remediation = s
		} else {
			bad("policy %s: custom.remediation must be a string", pkgName)
		}
	}
	var err error
	if rule.Frameworks, err = stringList(c, "frameworks"); err != nil {
		bad("policy %s: %v", pkgName, err)
	}
	if rule.Aliases, err = stringList(c, "aliases"); err != nil {
		bad("policy %s: %v", pkgName, err)
	}
	// An empty list is no list, as the index (JSON, omitempty) reads it.
	if len(rule.Frameworks) == 0 {
		rule.Frameworks = nil
	}
	if len(rule.Aliases) == 0 {
		rule.Aliases = nil
	}
	if v, ok := c["secret"]; ok {
		if rule.Secret, ok = v.(bool); !ok {
			bad("policy %s: custom.secret must be true or false", pkgName)
		}
	}
	if v, ok := c["opt_in"]; ok {
		if rule.OptIn, ok = v.(bool); !ok {
			bad("policy %s: custom.opt_in must be true or false", pkgName)
		}
	}
	if !deny && !warn && !m.src.header {
		bad("policy %s defines neither deny nor warn", pkgName)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return &policy{rule: rule, mod: mod, pkg: mod.Package.Path, deny: deny, warn: warn}, nil
}

// stringList reads custom[key] as a list of strings; absent is nil.
func stringList(custom map[string]any, key string) ([]string, error) {
	v, ok := custom[key]
	if !ok || v == nil {
		return nil, nil
	}
	items, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("custom.%s must be a list of strings", key)
	}
	out := make([]string, 0, len(items))
	for _, it := range items {
		s, ok := it.(string)
		if !ok {
			return nil, fmt.Errorf("custom.%s must be a list of strings, found %v", key, it)
		}
		out = append(out, s)
	}
	return out, nil
}

// InputSchema is the JSON Schema of the whole policy input for a view:
// kind, path and raw, and the view under its name.
func InputSchema(view string, viewSchema map[string]any) map[string]any {
	return map[string]any{
		"type": "object",
		"properties": map[string]any{
			"kind": map[string]any{"type": "string"},
			"path": map[string]any{"type": "string"},
			"raw":  map[string]any{},
			view:   viewSchema,
		},
		"additionalProperties": false,
	}
}

// schemaSet registers the input schema of each view as schema.<view>, so
// that policies (and authors, in their own METADATA) can refer to it.
func schemaSet(schemas map[string]map[string]any) (*ast.SchemaSet, error) {
	set := ast.NewSchemaSet()
	for _, view := range slices.Sorted(maps.Keys(schemas)) {
		// The type checker reads the schema as generic JSON values.
		b, err := json.Marshal(InputSchema(view, schemas[view]))
		if err != nil {
			return nil, fmt.Errorf("schema %s: %w", view, err)
		}
		var v any
		if err := util.UnmarshalJSON(b, &v); err != nil {
			return nil, fmt.Errorf("schema %s: %w", view, err)
		}
		set.Put(ast.MustParseRef("schema."+view), v)
	}
	return set, nil
}

// annotateSchema makes the compiler type-check a policy that reads only
// kinds of one view against that view's input schema, so a reference to a
// field that does not exist is a load error with file:line. A policy that
// names its own input schema keeps it.
func annotateSchema(p *policy, schemas map[string]map[string]any) {
	if len(p.rule.Kinds) == 0 {
		return
	}
	view := model.ViewOf(p.rule.Kinds[0])
	for _, k := range p.rule.Kinds {
		if model.ViewOf(k) != view {
			return
		}
	}
	if schemas[view] == nil {
		return
	}
	meta := packageAnnotation(p.mod)
	input := ast.MustParseRef("input")
	for _, s := range meta.Schemas {
		if s.Path.Equal(input) {
			return
		}
	}
	meta.Schemas = append(meta.Schemas, &ast.SchemaAnnotation{Path: input, Schema: ast.MustParseRef("schema." + view)})
}
