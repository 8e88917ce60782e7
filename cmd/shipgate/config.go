package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/shipgate/shipgate/parsers/terraform"
	"github.com/shipgate/shipgate/scanner"
	"github.com/shipgate/shipgate/scanner/engine"
	"github.com/shipgate/shipgate/scanner/model"
	"github.com/shipgate/shipgate/scanner/report"
)

// configNames are the names a config file is found under, in order.
var configNames = []string{".shipgate.yaml", ".shipgate.yml"}

// maxConfigSize bounds the config file: it may come from the scanned
// repository.
const maxConfigSize = 1 << 20

// configKeys are the keys the loader accepts, by section ("" is the top
// level, "ignore" an entry of the ignore list). docs/config.md documents
// each (TestConfigDocs).
var configKeys = map[string][]string{
	"":               {"exclude", "rules", "frameworks", "severity", "fail-on", "soft-fail", "hard-fail", "policies", "terraform", "cloudformation", "ignore"},
	"rules":          {"enable", "disable"},
	"terraform":      {"vars", "var-files"},
	"cloudformation": {"parameters"},
	"ignore":         {"path", "rules", "reason", "expires"},
}

// configFlags select the config file.
type configFlags struct {
	file     string
	noConfig bool
}

func (c *configFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&c.file, "config", "", "read this config `FILE` instead of the .shipgate.yaml found upward from the scan root")
	fs.BoolVar(&c.noConfig, "no-config", false, "read no config file")
}

// at is a position in the config file.
type at struct{ line, col int }

// idAt is a rule id or severity written at a position.
type idAt struct {
	id string
	at at
}

// fileConfig is a loaded, validated config file.
type fileConfig struct {
	file string // as reported: relative to the working directory when possible
	dir  string // absolute directory of the file
	rel  string // directory of file as reported, to resolve relative paths

	exclude, policies  []string
	frameworks         []idAt
	enable, disable    []idAt
	softFail, hardFail []idAt
	severity           []idAt // id, with the severity in sevs
	sevs               map[string]model.Severity
	failOn             string
	varFiles           []idAt // resolved path, position
	vars               []string
	params             map[string]string
	paramOrder         []string
	ignores            []scanner.PathIgnore
	ignoreRules        [][]idAt
}

// configError is a mistake in the config file, at a position.
type configError struct {
	file string
	at   at
	msg  string
}

func (e *configError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.file, e.at.line, e.at.col, e.msg)
}

// configErrors are the mistakes of one file, in file order.
type configErrors []*configError

func (es configErrors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// printConfigErr prints a config error as FILE:LINE:COL: message lines
// (escaped: the file may come from the scanned repository), any other
// error with the usual prefix.
func printConfigErr(w io.Writer, err error) {
	var ces configErrors
	if errors.As(err, &ces) {
		for _, e := range ces {
			fmt.Fprintln(w, report.EscapeLines(e.Error()))
		}
		return
	}
	fmt.Fprintf(w, "shipgate: %s\n", report.EscapeLines(err.Error()))
}

// load finds and reads the config file: --config, else the first
// .shipgate.yaml or .shipgate.yml from the scan root (the first path, or
// the working directory) up to the repository root. It returns nil when
// there is none or --no-config is given.
func (c *configFlags) load(paths []string) (*fileConfig, error) {
	if c.noConfig {
		if c.file != "" {
			return nil, errors.New("--config and --no-config: give one")
		}
		return nil, nil
	}
	file := c.file
	if file == "" {
		start := "."
		if len(paths) > 0 {
			start = paths[0]
		}
		var err error
		if file, err = findConfig(start); err != nil || file == "" {
			return nil, err
		}
	}
	return loadConfig(file)
}

// findConfig looks for a config file in start's directory and its parents,
// stopping at the directory that holds .git, or at the filesystem root.
func findConfig(start string) (string, error) {
	dir, err := filepath.Abs(start)
	if err != nil {
		return "", fmt.Errorf("find config: %w", err)
	}
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		dir = filepath.Dir(dir)
	}
	for {
		var found []string
		for _, name := range configNames {
			p := filepath.Join(dir, name)
			if info, err := os.Stat(p); err == nil && !info.IsDir() {
				found = append(found, p)
			}
		}
		switch len(found) {
		case 1:
			return reported(found[0]), nil
		case 2:
			return "", fmt.Errorf("find config: both %s and %s exist; keep one", reported(found[0]), reported(found[1]))
		}
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return "", nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// reported is p relative to the working directory when it is under it.
func reported(p string) string {
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	if rel, err := filepath.Rel(wd, p); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return p
}

// loadConfig reads and validates one config file. Every mistake is a
// configErrors with its position.
func loadConfig(file string) (*fileConfig, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && !info.Mode().IsRegular() {
		return nil, fmt.Errorf("read config %s: not a regular file", file)
	}
	src, err := io.ReadAll(io.LimitReader(f, maxConfigSize+1))
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	if len(src) > maxConfigSize {
		return nil, fmt.Errorf("read config %s: larger than %s", file, scanner.FormatSize(maxConfigSize))
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	fc := &fileConfig{file: filepath.ToSlash(file), dir: filepath.Dir(abs), rel: filepath.Dir(file), sevs: map[string]model.Severity{}, params: map[string]string{}}
	l := &loader{fc: fc}
	l.parse(src)
	if len(l.errs) > 0 {
		return nil, l.errs
	}
	return fc, nil
}

// loader walks the YAML nodes of a config file, collecting errors.
type loader struct {
	fc   *fileConfig
	errs configErrors
}

func (l *loader) fail(n *yaml.Node, format string, args ...any) {
	if len(l.errs) >= 50 {
		return
	}
	l.errs = append(l.errs, &configError{file: l.fc.file, at: pos(n), msg: fmt.Sprintf(format, args...)})
}

func pos(n *yaml.Node) at { return at{max(n.Line, 1), max(n.Column, 1)} }

func (l *loader) parse(src []byte) {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		// yaml.v3 says "yaml: line N: ..."; keep the line.
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		line := 1
		if rest, ok := strings.CutPrefix(msg, "line "); ok {
			if n, after, ok := strings.Cut(rest, ": "); ok {
				if _, err := fmt.Sscanf(n, "%d", &line); err == nil {
					msg = after
				}
			}
		}
		l.errs = append(l.errs, &configError{file: l.fc.file, at: at{line, 1}, msg: "not valid YAML: " + msg})
		return
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return // empty file: nothing configured
	}
	root := doc.Content[0]
	if isNull(root) {
		return
	}
	l.mapping(root, "", "the config file", func(key string, k, v *yaml.Node) {
		switch key {
		case "exclude":
			for _, s := range l.strings(v, key) {
				if err := checkGlob(s.id); err != nil {
					l.fail(v, "exclude pattern %q: %v", s.id, err)
					continue
				}
				l.fc.exclude = append(l.fc.exclude, s.id)
			}
		case "rules":
			l.mapping(v, "rules", "rules", func(key string, k, v *yaml.Node) {
				ids := l.strings(v, "rules."+key)
				if key == "enable" {
					l.fc.enable = append(l.fc.enable, ids...)
				} else {
					l.fc.disable = append(l.fc.disable, ids...)
				}
			})
			for _, d := range l.fc.disable {
				if slices.ContainsFunc(l.fc.enable, func(e idAt) bool { return e.id == d.id }) {
					l.errs = append(l.errs, &configError{l.fc.file, d.at, fmt.Sprintf("rule %s is both enabled and disabled", d.id)})
				}
			}
		case "frameworks":
			l.fc.frameworks = l.strings(v, key)
		case "severity":
			l.mapping(v, "severity", "", func(id string, k, v *yaml.Node) {
				sev, ok := l.severity(v, "severity of "+id, false)
				if ok {
					l.fc.severity = append(l.fc.severity, idAt{id, pos(k)})
					l.fc.sevs[id] = sev
				}
			})
		case "fail-on":
			if _, ok := l.severity(v, "fail-on", true); ok {
				l.fc.failOn = v.Value
			}
		case "soft-fail", "hard-fail":
			list := l.strings(v, key)
			for i, s := range list {
				if sev, err := model.ParseSeverity(s.id); err == nil {
					if sev == model.SeverityNone {
						l.errs = append(l.errs, &configError{l.fc.file, s.at, key + ": \"none\" is not a severity a finding has"})
					}
					list[i].id = sev.String()
				}
			}
			if key == "soft-fail" {
				l.fc.softFail = list
			} else {
				l.fc.hardFail = list
			}
		case "policies":
			for _, s := range l.strings(v, key) {
				l.fc.policies = append(l.fc.policies, l.resolve(s.id))
			}
		case "terraform":
			l.mapping(v, "terraform", "terraform", func(key string, k, v *yaml.Node) {
				if key == "var-files" {
					for _, s := range l.strings(v, "terraform.var-files") {
						l.fc.varFiles = append(l.fc.varFiles, idAt{l.resolve(s.id), s.at})
					}
					return
				}
				l.mapping(v, "vars", "", func(name string, k, v *yaml.Node) {
					if strings.Contains(name, "=") || strings.TrimSpace(name) == "" {
						l.fail(k, "terraform variable %q: not a variable name", clip(name))
						return
					}
					if val, ok := l.scalar(v, "terraform variable "+name); ok {
						l.fc.vars = append(l.fc.vars, name+"="+val)
					}
				})
			})
		case "cloudformation":
			l.mapping(v, "cloudformation", "cloudformation", func(key string, k, v *yaml.Node) {
				l.mapping(v, "parameters", "", func(name string, k, v *yaml.Node) {
					if val, ok := l.scalar(v, "parameter "+name); ok {
						l.fc.params[name] = val
						l.fc.paramOrder = append(l.fc.paramOrder, name)
					}
				})
			})
		case "ignore":
			l.ignores(v)
		}
	})
	for _, s := range l.fc.softFail {
		if slices.ContainsFunc(l.fc.hardFail, func(h idAt) bool { return h.id == s.id }) {
			l.errs = append(l.errs, &configError{l.fc.file, s.at, fmt.Sprintf("%s is in both soft-fail and hard-fail; keep it in one", s.id)})
		}
	}
	slices.SortFunc(l.errs, func(a, b *configError) int {
		if a.at.line != b.at.line {
			return a.at.line - b.at.line
		}
		return a.at.col - b.at.col
	})
}

// ignores reads the ignore list.
func (l *loader) ignores(v *yaml.Node) {
	if isNull(v) {
		return
	}
	if v.Kind != yaml.SequenceNode {
		l.fail(v, "ignore: want a list of entries (path, rules, reason, expires), got %s", kindName(v))
		return
	}
	for _, e := range v.Content {
		ig := scanner.PathIgnore{Dir: l.fc.dir, At: model.Range{File: l.fc.file, Start: model.Pos{Line: pos(e).line, Col: pos(e).col}}}
		ig.At.End = ig.At.Start
		var ids []idAt
		seen := map[string]bool{}
		before := len(l.errs)
		l.mapping(e, "ignore", "ignore entry", func(key string, k, v *yaml.Node) {
			seen[key] = true
			switch key {
			case "path":
				if s, ok := l.str(v, "ignore path"); ok {
					if err := checkGlob(s); err != nil {
						l.fail(v, "ignore path %q: %v", s, err)
					}
					ig.Path = strings.TrimPrefix(path.Clean(filepath.ToSlash(s)), "./")
				}
			case "rules":
				ids = l.strings(v, "ignore rules")
				for _, id := range ids {
					ig.Rules = append(ig.Rules, id.id)
				}
				if len(ids) == 0 && v.Kind == yaml.SequenceNode {
					l.fail(v, "ignore rules: name at least one rule id, or \"*\" for every rule")
				}
			case "reason":
				if s, ok := l.str(v, "ignore reason"); ok {
					if strings.TrimSpace(s) == "" {
						l.fail(v, "ignore reason: must not be empty")
					}
					ig.Reason = strings.TrimSpace(s)
				}
			case "expires":
				s, ok := v.Value, v.Kind == yaml.ScalarNode && (v.Tag == "!!str" || v.Tag == "!!timestamp")
				t, err := time.Parse(time.DateOnly, s)
				if !ok || err != nil {
					l.fail(v, "ignore expires: want a date YYYY-MM-DD, got %s", shown(v))
					return
				}
				ig.Expires = t
			}
		})
		if e.Kind == yaml.MappingNode {
			for _, req := range []string{"path", "rules", "reason"} {
				if !seen[req] {
					l.fail(e, "ignore entry: %q is required", req)
				}
			}
		}
		if len(l.errs) == before {
			l.fc.ignores = append(l.fc.ignores, ig)
			l.fc.ignoreRules = append(l.fc.ignoreRules, ids)
		}
	}
}

// mapping calls each for every key of n, a mapping; section names the
// known keys (configKeys), or "" for a mapping of free-form names.
func (l *loader) mapping(n *yaml.Node, section, what string, each func(key string, k, v *yaml.Node)) {
	if isNull(n) {
		return
	}
	if n.Kind != yaml.MappingNode {
		if what == "" {
			what = section
		}
		l.fail(n, "%s: want a mapping, got %s", what, kindName(n))
		return
	}
	known := configKeys[section]
	free := section == "severity" || section == "vars" || section == "parameters"
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode || k.Tag == "!!null" {
			l.fail(k, "want a name as key, got %s", kindName(k))
			continue
		}
		key := k.Value
		if seen[key] {
			l.fail(k, "duplicate key %q", clip(key))
			continue
		}
		seen[key] = true
		if !free && !slices.Contains(known, key) {
			where := "in " + section
			if section == "" {
				where = "at the top level"
			}
			msg := fmt.Sprintf("unknown key %q %s", clip(key), where)
			if s := closest(key, known); s != "" {
				msg += fmt.Sprintf("; did you mean %q?", s)
			} else {
				msg += fmt.Sprintf(" (known: %s)", strings.Join(known, ", "))
			}
			l.fail(k, "%s", msg)
			continue
		}
		each(key, k, v)
	}
}

// strings reads a list of non-empty strings.
func (l *loader) strings(n *yaml.Node, what string) []idAt {
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		l.fail(n, "%s: want a list of strings, got %s", what, kindName(n))
		return nil
	}
	var out []idAt
	for _, e := range n.Content {
		if s, ok := l.str(e, what); ok {
			if strings.TrimSpace(s) == "" {
				l.fail(e, "%s: empty string", what)
				continue
			}
			out = append(out, idAt{strings.TrimSpace(s), pos(e)})
		}
	}
	return out
}

// str reads a string scalar.
func (l *loader) str(n *yaml.Node, what string) (string, bool) {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!str" {
		l.fail(n, "%s: want a string, got %s", what, shown(n))
		return "", false
	}
	return n.Value, true
}

// scalar reads any scalar but null (a number or a boolean as written).
func (l *loader) scalar(n *yaml.Node, what string) (string, bool) {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		l.fail(n, "%s: want a string, number or boolean, got %s", what, shown(n))
		return "", false
	}
	return n.Value, true
}

// severity reads a severity name; none only when allowNone.
func (l *loader) severity(n *yaml.Node, what string, allowNone bool) (model.Severity, bool) {
	want := "critical, high, medium, low or info"
	if allowNone {
		want = "critical, high, medium, low, info or none"
	}
	if n.Kind != yaml.ScalarNode || n.Tag != "!!str" {
		l.fail(n, "%s: want a severity (%s), got %s", what, want, shown(n))
		return 0, false
	}
	sev, err := model.ParseSeverity(n.Value)
	if err != nil || (sev == model.SeverityNone && !allowNone) {
		l.fail(n, "%s: unknown severity %q (want %s)", what, clip(n.Value), want)
		return 0, false
	}
	return sev, true
}

// resolve makes a relative path relative to the config file's directory.
func (l *loader) resolve(p string) string {
	p = filepath.FromSlash(p)
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(l.fc.rel, p)
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

// kindName names a node's kind for a message.
func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias (aliases are not read in the config file)"
	case yaml.ScalarNode:
		switch n.Tag {
		case "!!null":
			return "nothing"
		case "!!int", "!!float":
			return "a number"
		case "!!bool":
			return "a boolean"
		case "!!str":
			return "a string"
		}
		return fmt.Sprintf("a %s value", strings.TrimPrefix(n.Tag, "!!"))
	}
	return "something else"
}

// shown is kindName with a scalar's value.
func shown(n *yaml.Node) string {
	if n.Kind == yaml.ScalarNode && n.Tag != "!!null" {
		return fmt.Sprintf("%s %q", kindName(n), clip(n.Value))
	}
	return kindName(n)
}

// clip bounds a value from the file before it goes into a message.
func clip(s string) string {
	if len(s) > 64 {
		return s[:64] + "..."
	}
	return s
}

// checkGlob rejects a malformed pattern, which would never match, and
// bounds the rest: "**" matching backtracks, and the file may come from
// the scanned repository.
func checkGlob(p string) error {
	if len(p) > 1024 || strings.Count(p, "**") > 4 {
		return errors.New("too long or too many \"**\" (at most 1024 bytes and 4 \"**\")")
	}
	_, err := path.Match(strings.TrimSuffix(filepath.ToSlash(p), "/"), "")
	return err
}

// closest is the candidate nearest to s (edit distance, ignoring case), if
// near enough to be a typo.
func closest(s string, candidates []string) string {
	best, bestD := "", 0
	for _, c := range candidates {
		d := distance(strings.ToLower(s), strings.ToLower(c))
		if best == "" || d < bestD {
			best, bestD = c, d
		}
	}
	if best == "" || bestD > max(2, len(best)/3) {
		return ""
	}
	return best
}

// distance is the Levenshtein distance between a and b (bytes).
func distance(a, b string) int {
	if len(a) > 256 || len(b) > 256 {
		return max(len(a), len(b))
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// checkRules checks every rule id the file names against the loaded rules
// (scanner.Config.CheckRules), and every framework against their
// frameworks.
func (fc *fileConfig) checkRules(rules []model.Rule) error {
	byID := map[string]model.Rule{}
	ids := make([]string, len(rules))
	for i, r := range rules {
		byID[r.ID] = r
		ids[i] = r.ID
	}
	var errs configErrors
	fail := func(a at, format string, args ...any) {
		errs = append(errs, &configError{fc.file, a, fmt.Sprintf(format, args...)})
	}
	check := func(what string, list []idAt, severities bool) {
		for _, s := range list {
			if _, ok := byID[s.id]; ok || s.id == "*" && what == "ignore rules" {
				continue
			}
			if severities {
				if _, err := model.ParseSeverity(s.id); err == nil {
					continue
				}
			}
			msg := fmt.Sprintf("%s: no rule %q", what, clip(s.id))
			if c := closest(s.id, ids); c != "" {
				msg += fmt.Sprintf("; did you mean %q?", c)
			}
			fail(s.at, "%s", msg)
		}
	}
	check("rules.enable", fc.enable, false)
	for _, e := range fc.enable {
		if r, ok := byID[e.id]; ok && !r.OptIn {
			fail(e.at, "rules.enable: %s is on by default; enable names opt-in rules", e.id)
		}
	}
	check("rules.disable", fc.disable, false)
	check("severity", fc.severity, false)
	check("soft-fail", fc.softFail, true)
	check("hard-fail", fc.hardFail, true)
	for _, ids := range fc.ignoreRules {
		check("ignore rules", ids, false)
	}
	for _, fw := range fc.frameworks {
		if !slices.ContainsFunc(rules, func(r model.Rule) bool { return engine.InFrameworks(r, []string{fw.id}) }) {
			fail(fw.at, "frameworks: no rule is mapped to a framework starting with %q (see shipgate policies list --format markdown)", clip(fw.id))
		}
	}
	if len(errs) == 0 {
		return nil
	}
	slices.SortFunc(errs, func(a, b *configError) int {
		if a.at.line != b.at.line {
			return a.at.line - b.at.line
		}
		return a.at.col - b.at.col
	})
	return errs
}

// apply merges the file into the scan's options. Command-line flags win
// where both set the same thing (docs/config.md): --fail-on, a --var or
// --cfn-param of the same name; lists are joined (exclude, policies,
// enable), the config's Terraform var files read before --var-file's.
func (fc *fileConfig) apply(opts *scanner.Options) error {
	opts.Exclude = append(opts.Exclude, fc.exclude...)
	opts.Policies = append(opts.Policies, fc.policies...)
	for _, e := range fc.enable {
		opts.Enable = append(opts.Enable, e.id)
	}
	c := &opts.Config
	for _, d := range fc.disable {
		c.Disable = append(c.Disable, d.id)
	}
	for _, fw := range fc.frameworks {
		c.Frameworks = append(c.Frameworks, fw.id)
	}
	c.Severity = fc.sevs
	for _, s := range fc.softFail {
		c.SoftFail = append(c.SoftFail, s.id)
	}
	for _, s := range fc.hardFail {
		c.HardFail = append(c.HardFail, s.id)
	}
	c.Ignores = fc.ignores
	c.CheckRules = fc.checkRules

	var files []model.File
	for _, vf := range fc.varFiles {
		src, err := os.ReadFile(vf.id)
		if err != nil {
			return configErrors{{fc.file, vf.at, fmt.Sprintf("terraform.var-files: %v", err)}}
		}
		f := model.File{Path: filepath.ToSlash(vf.id), Src: src}
		if err := terraform.CheckVarFile(f); err != nil {
			return configErrors{{fc.file, vf.at, fmt.Sprintf("terraform.var-files: %v", err)}}
		}
		files = append(files, f)
	}
	tf := &opts.Inputs.TF
	tf.VarFiles = append(files, tf.VarFiles...)
	tf.Vars = append(slices.Clone(fc.vars), tf.Vars...)
	if opts.Inputs.CFNParams == nil {
		opts.Inputs.CFNParams = map[string]string{}
	}
	for _, k := range fc.paramOrder {
		if _, set := opts.Inputs.CFNParams[k]; !set {
			opts.Inputs.CFNParams[k] = fc.params[k]
		}
	}
	return nil
}

// flagSet reports whether the flag name was given on the command line.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}
