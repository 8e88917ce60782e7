package scanner

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/shipgate/shipgate/scanner/model"
)

// Config is what a config file (.shipgate.yaml, docs/config.md) asks of a
// scan beyond the other Options: the CLI reads and validates the file and
// fills this in.
type Config struct {
	// Disable lists rule ids not to evaluate; Frameworks keeps only the
	// rules mapped to one of these frameworks (engine.InFrameworks).
	Disable    []string
	Frameworks []string
	// Severity overrides the severity of a rule's findings, by rule id.
	Severity map[string]model.Severity
	// SoftFail and HardFail list rule ids and severities whose findings
	// never fail, or always fail, the gate (model.Finding.Gate). A rule id
	// is more specific than a severity and wins over it.
	SoftFail []string
	HardFail []string
	// Ignores are path-scoped suppressions, in file order.
	Ignores []PathIgnore
	// CheckRules, when set, sees the metadata of every loaded rule before
	// the policies are compiled, so ids the file names can be checked with
	// their line; its error ends New.
	CheckRules func([]model.Rule) error
}

// PathIgnore suppresses the findings of Rules ("*": every rule) in the
// files whose path, relative to Dir, matches Path ("**" spans
// directories). It stops suppressing after Expires (zero: never).
type PathIgnore struct {
	Dir     string // absolute, the config file's directory
	Path    string
	Rules   []string
	Reason  string
	Expires time.Time
	// At is where the entry is written in the config file, for notes.
	At model.Range
}

// SuppressionConfig is the suppression kind of a finding suppressed by an
// ignore entry of the config file.
const SuppressionConfig = "config"

// applyConfig applies the severity overrides, the path-scoped ignores and
// the soft/hard-fail lists to a result, and notes the ignore entries that
// have expired or matched nothing.
func (s *Scanner) applyConfig(res *model.Result) {
	c := s.opts.Config
	if len(c.Severity) == 0 && len(c.Ignores) == 0 && len(c.SoftFail) == 0 && len(c.HardFail) == 0 {
		return
	}
	if len(c.Severity) > 0 {
		for i := range res.Rules {
			if sev, ok := c.Severity[res.Rules[i].ID]; ok {
				res.Rules[i].Severity = sev
			}
		}
	}
	now := s.now()
	used := make([]bool, len(c.Ignores))
	rels := map[string]map[string]string{} // file → dir → path under dir
	for i := range res.Findings {
		f := &res.Findings[i]
		if sev, ok := c.Severity[f.RuleID]; ok {
			f.Severity = sev
		}
		f.Gate = gateOf(f, c.SoftFail, c.HardFail)
		for j, ig := range c.Ignores {
			if !ig.names(f.RuleID) || ig.expired(now) || !globMatch(ig.Path, relCached(rels, f.Range.File, ig.Dir)) {
				continue
			}
			used[j] = true
			if f.Suppression == nil {
				f.Suppression = &model.Suppression{Kind: SuppressionConfig, Justification: ig.Reason}
			}
		}
	}
	for j, ig := range c.Ignores {
		switch {
		case ig.expired(now):
			res.Notes = append(res.Notes, model.Note{Range: ig.At, Message: fmt.Sprintf("ignore entry for %s in %q expired on %s; its findings count again", strings.Join(ig.Rules, ", "), ig.Path, ig.Expires.Format(time.DateOnly))})
		case !used[j]:
			res.Notes = append(res.Notes, model.Note{Range: ig.At, Message: fmt.Sprintf("ignore entry for %s in %q matches no finding; remove it", strings.Join(ig.Rules, ", "), ig.Path)})
		}
	}
	// Notes gained entries; findings keep their order (severity is not a
	// sort key).
	sortResult(res)
}

// gateOf is the finding's gate: a rule id in a list wins over a severity,
// and the config loader rejects an id or a severity in both lists.
func gateOf(f *model.Finding, soft, hard []string) string {
	has := func(list []string, v string) bool {
		return slices.ContainsFunc(list, func(s string) bool { return strings.EqualFold(s, v) })
	}
	switch {
	case has(hard, f.RuleID):
		return model.GateHard
	case has(soft, f.RuleID):
		return model.GateSoft
	case has(hard, f.Severity.String()):
		return model.GateHard
	case has(soft, f.Severity.String()):
		return model.GateSoft
	}
	return ""
}

func (ig *PathIgnore) names(rule string) bool {
	return slices.ContainsFunc(ig.Rules, func(id string) bool { return id == "*" || strings.EqualFold(id, rule) })
}

func (ig *PathIgnore) expired(now time.Time) bool {
	return !ig.Expires.IsZero() && now.After(ig.Expires.AddDate(0, 0, 1))
}

// relCached is file (as reported: relative to the working directory, or
// absolute) relative to dir, slash-separated.
func relCached(cache map[string]map[string]string, file, dir string) string {
	if r, ok := cache[file][dir]; ok {
		return r
	}
	abs, err := filepath.Abs(filepath.FromSlash(file))
	r := filepath.ToSlash(file)
	if err == nil {
		if rel, err := filepath.Rel(dir, abs); err == nil {
			r = filepath.ToSlash(rel)
		}
	}
	if cache[file] == nil {
		cache[file] = map[string]string{}
	}
	cache[file][dir] = r
	return r
}
