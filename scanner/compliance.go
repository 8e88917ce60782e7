package scanner

import (
	"maps"
	"slices"
	"strings"

	"github.com/shipgate/shipgate/scanner/engine"
	"github.com/shipgate/shipgate/scanner/model"
)

// examined is what one evaluated document gives the per-control summary
// (Options.Compliance): the objects of each collection of its view, and
// the rule and resource of each of its findings by fingerprint, so that
// the findings still failing once every suppression is applied can be
// traced back to it.
type examined struct {
	path string
	kind model.Kind
	// objects holds the resource addresses of each collection
	// ("s3.buckets") of the document's view.
	objects  map[string][]string
	findings map[string]ruleResource
}

type ruleResource struct{ rule, resource string }

// examine records a document for the summary.
func examine(doc *model.Document, findings []model.Finding) examined {
	ex := examined{path: doc.Path, kind: doc.Kind, objects: map[string][]string{}, findings: map[string]ruleResource{}}
	for svc, colls := range doc.View {
		cs, _ := colls.(map[string]any)
		for name, list := range cs {
			items, _ := list.([]any)
			for _, it := range items {
				if obj, ok := it.(map[string]any); ok {
					addr, _ := obj["resource"].(string)
					ex.objects[svc+"."+name] = append(ex.objects[svc+"."+name], addr)
				}
			}
		}
	}
	for _, f := range findings {
		ex.findings[f.Fingerprint] = ruleResource{f.RuleID, f.Resource}
	}
	return ex
}

// compliance summarises, for every control of frameworks (framework ids,
// or prefixes as engine.InFrameworks takes them) that a rule maps to,
// which resources its rules examined, which of them have a finding that
// counts (not suppressed, not a warning) and which only suppressed ones. A rule that reads some
// collections (model.Rule.Reads) examines their objects; any other rule
// examines each document of its kinds as a whole.
func compliance(rules []model.Rule, docs []examined, findings []model.Finding, frameworks []string) []model.ControlResult {
	// state is "failed" or "suppressed" by fingerprint; warnings never
	// fail a control.
	state := map[string]string{}
	for _, f := range findings {
		switch {
		case f.Warning:
		case f.Suppression != nil:
			if state[f.Fingerprint] == "" {
				state[f.Fingerprint] = model.ControlSuppressed
			}
		default:
			state[f.Fingerprint] = model.ControlFailed
		}
	}
	byControl := map[model.Control][]model.Rule{}
	for _, r := range rules {
		for _, entry := range r.Frameworks {
			c, ok := model.ParseControl(entry)
			if ok && slices.ContainsFunc(frameworks, func(want string) bool { return engine.MatchesFramework(entry, want) }) {
				byControl[c] = append(byControl[c], r)
			}
		}
	}
	// Each rule's resources, once however many controls it maps to.
	perRule := map[string]*examinedSets{}
	setsOf := func(r model.Rule) *examinedSets {
		if s, ok := perRule[r.ID]; ok {
			return s
		}
		s := &examinedSets{seen: map[string]bool{}, failed: map[string]bool{}, suppressed: map[string]bool{}}
		for _, d := range docs {
			if len(r.Kinds) > 0 && !slices.Contains(r.Kinds, d.kind) {
				continue
			}
			for _, res := range examinedBy(r, d) {
				s.seen[d.path+"\x00"+res] = true
			}
			for fp, rr := range d.findings {
				if rr.rule != r.ID || state[fp] == "" {
					continue
				}
				key := d.path + "\x00"
				if len(r.Reads) > 0 {
					key += rr.resource
				}
				s.seen[key] = true
				if state[fp] == model.ControlFailed {
					s.failed[key] = true
				} else {
					s.suppressed[key] = true
				}
			}
		}
		perRule[r.ID] = s
		return s
	}
	var out []model.ControlResult
	for c, rs := range byControl {
		seen, failed, suppressed := map[string]bool{}, map[string]bool{}, map[string]bool{}
		for _, r := range rs {
			s := setsOf(r)
			maps.Copy(seen, s.seen)
			maps.Copy(failed, s.failed)
			maps.Copy(suppressed, s.suppressed)
		}
		for key := range failed {
			delete(suppressed, key)
		}
		cr := model.ControlResult{Control: c, Failed: len(failed), Suppressed: len(suppressed),
			Passed: len(seen) - len(failed) - len(suppressed), Status: model.ControlNotApplicable}
		if f, ok := model.FrameworkByID(c.Framework); ok {
			cr.Title = f.Title
		}
		for _, r := range rs {
			cr.Rules = append(cr.Rules, r.ID)
		}
		slices.Sort(cr.Rules)
		cr.Rules = slices.Compact(cr.Rules)
		for _, id := range cr.Rules {
			cr.ByRule = append(cr.ByRule, perRule[id].counts(id))
		}
		switch {
		case cr.Failed > 0:
			cr.Status = model.ControlFailed
		case cr.Passed > 0 || cr.Suppressed > 0:
			cr.Status = model.ControlPassed
		}
		out = append(out, cr)
	}
	slices.SortFunc(out, func(a, b model.ControlResult) int { return model.CompareControls(a.Control, b.Control) })
	return out
}

// examinedSets are the resources one rule examined, by document path and
// address: all of them, those with a finding that counts, and those with
// suppressed findings.
type examinedSets struct{ seen, failed, suppressed map[string]bool }

// counts counts the sets as a control's result does: a resource with a
// finding that counts has failed, whatever else it has.
func (s *examinedSets) counts(id string) model.RuleCounts {
	rc := model.RuleCounts{ID: id, Failed: len(s.failed)}
	for key := range s.suppressed {
		if !s.failed[key] {
			rc.Suppressed++
		}
	}
	rc.Passed = len(s.seen) - rc.Failed - rc.Suppressed
	return rc
}

// examinedBy lists the resources rule r examines in document d: the
// objects of the collections it reads ("s3" reads every collection of the
// service), or the document itself ("").
func examinedBy(r model.Rule, d examined) []string {
	if len(r.Reads) == 0 {
		return []string{""}
	}
	var out []string
	for coll, addrs := range d.objects {
		if slices.ContainsFunc(r.Reads, func(read string) bool { return read == coll || strings.HasPrefix(coll, read+".") }) {
			out = append(out, addrs...)
		}
	}
	return out
}
