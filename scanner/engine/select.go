package engine

import (
	"strings"

	"github.com/shipgate/shipgate/scanner/model"
)

// selectRules applies Options.Check, Enable (enableOptIn), Disable and
// Frameworks to the loaded policies, in that order: a disabled rule is off whatever else says,
// and with Frameworks only the rules mapped to one of them stay on.
func selectRules(pols []*policy, opts Options) error {
	if opts.Check != nil {
		rules := make([]model.Rule, len(pols))
		for i, p := range pols {
			rules[i] = p.rule
		}
		if err := opts.Check(rules); err != nil {
			return err
		}
	}
	if err := enableOptIn(pols, opts.Enable); err != nil {
		return err
	}
	off := map[string]bool{}
	for _, id := range opts.Disable {
		off[strings.ToUpper(id)] = true
	}
	for _, p := range pols {
		if off[strings.ToUpper(p.rule.ID)] || !InFrameworks(p.rule, opts.Frameworks) {
			p.off = true
		}
	}
	return nil
}

// InFrameworks reports whether rule is mapped to one of frameworks: one of
// its frameworks entries starts with one of them, ignoring case
// ("aws-fsbp" and "aws-fsbp S3" match "aws-fsbp S3.5"). No frameworks keeps every rule.
func InFrameworks(rule model.Rule, frameworks []string) bool {
	if len(frameworks) == 0 {
		return true
	}
	for _, have := range rule.Frameworks {
		for _, want := range frameworks {
			if MatchesFramework(have, want) {
				return true
			}
		}
	}
	return false
}

// MatchesFramework reports whether a rule's frameworks entry starts with
// want, ignoring case.
func MatchesFramework(entry, want string) bool {
	return len(entry) >= len(want) && strings.EqualFold(entry[:len(want)], want)
}
