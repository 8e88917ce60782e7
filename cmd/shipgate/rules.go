package main

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/shipgate/shipgate/scanner/model"
)

// writeRuleReference writes the Markdown rule reference (docs/rules.md) from
// policy metadata, so the documentation cannot drift from the policies: a
// test fails when the committed file is stale.
func writeRuleReference(w io.Writer, rules []model.Rule) error {
	var b strings.Builder
	b.WriteString("# Built-in rules\n\n")
	b.WriteString("Generated from the policies' metadata by `shipgate policies list --format markdown`; do not edit.\n")
	groups := groupRules(rules)
	writeCoverage(&b, rules, groups)
	for _, g := range groups {
		fmt.Fprintf(&b, "\n## %s\n\n", g.title)
		b.WriteString("| id | severity | title | aliases |\n| --- | --- | --- | --- |\n")
		for _, r := range g.rules {
			fmt.Fprintf(&b, "| [%s](#%s) | %s | %s | %s |\n", r.ID, anchor(r.ID), r.Severity, cell(r.Title), cell(strings.Join(r.Aliases, ", ")))
		}
	}
	for _, g := range groups {
		for _, r := range g.rules {
			writeRule(&b, r)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeCoverage writes how many rules there are per service (the middle
// part of an AWS rule id, AWS-S3-001) or view, and per framework with the
// number of its controls they cover.
func writeCoverage(b *strings.Builder, rules []model.Rule, groups []ruleGroup) {
	b.WriteString("\n## Coverage\n\n")
	fmt.Fprintf(b, "%d rules.\n\n| rules of | count |\n| --- | --- |\n", len(rules))
	for _, g := range groups {
		fmt.Fprintf(b, "| %s | %d |\n", g.title, len(g.rules))
		if g.title != viewTitles[0].title {
			continue
		}
		perService := map[string]int{}
		for _, r := range g.rules {
			if parts := strings.Split(r.ID, "-"); len(parts) == 3 {
				perService[parts[1]]++
			}
		}
		for _, svc := range slices.Sorted(maps.Keys(perService)) {
			fmt.Fprintf(b, "| &nbsp;&nbsp;AWS %s | %d |\n", svc, perService[svc])
		}
	}
	b.WriteString("\n| framework | rules | controls |\n| --- | --- | --- |\n")
	for _, f := range model.Frameworks {
		ids, controls := map[string]bool{}, map[string]bool{}
		for _, r := range rules {
			for _, e := range r.Frameworks {
				if c, ok := model.ParseControl(e); ok && c.Framework == f.ID {
					ids[r.ID], controls[c.ID] = true, true
				}
			}
		}
		fmt.Fprintf(b, "| `%s` %s | %d | %d |\n", f.ID, f.Title, len(ids), len(controls))
	}
}

func writeRule(b *strings.Builder, r model.Rule) {
	fmt.Fprintf(b, "\n### %s\n\n**%s** — severity %s", r.ID, r.Title, r.Severity)
	if len(r.Kinds) > 0 {
		kinds := make([]string, len(r.Kinds))
		for i, k := range r.Kinds {
			kinds[i] = string(k)
		}
		fmt.Fprintf(b, "; inputs: %s", strings.Join(kinds, ", "))
	}
	if r.OptIn {
		fmt.Fprintf(b, "; opt-in: off unless enabled with `--enable %s`", r.ID)
	}
	b.WriteString("\n\n")
	if r.Description != "" {
		b.WriteString(strings.TrimSpace(r.Description) + "\n\n")
	}
	if len(r.Frameworks) > 0 {
		fmt.Fprintf(b, "Frameworks: %s\n\n", strings.Join(r.Frameworks, "; "))
	}
	if len(r.Aliases) > 0 {
		fmt.Fprintf(b, "Equivalent checks: %s\n\n", strings.Join(r.Aliases, ", "))
	}
	if r.Remediation != "" {
		b.WriteString("Remediation:\n\n" + strings.TrimSpace(r.Remediation) + "\n")
	}
}

// ruleGroup is the rules of one view, for listings grouped by what they
// check.
type ruleGroup struct {
	title string
	rules []model.Rule
}

// viewTitles names the groups, in listing order; rules of several views
// or of every kind come last.
var viewTitles = []struct{ view, title string }{
	{model.ViewAWS, "AWS infrastructure (CloudFormation, Terraform, Terraform plan)"},
	{model.ViewDockerfile, "Dockerfiles"},
	{model.ViewBuildspec, "CodeBuild buildspecs"},
	{model.ViewWorkflow, "GitHub Actions workflows and actions"},
	{"", "Several kinds"},
}

// groupRules groups rules by the view their kinds fill, keeping their
// order within a group and leaving out empty groups.
func groupRules(rules []model.Rule) []ruleGroup {
	var out []ruleGroup
	for _, vt := range viewTitles {
		g := ruleGroup{title: vt.title}
		for _, r := range rules {
			if ruleView(r) == vt.view {
				g.rules = append(g.rules, r)
			}
		}
		if len(g.rules) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// ruleView is the one view all of a rule's kinds fill, or "".
func ruleView(r model.Rule) string {
	if len(r.Kinds) == 0 {
		return ""
	}
	v := model.ViewOf(r.Kinds[0])
	for _, k := range r.Kinds[1:] {
		if model.ViewOf(k) != v {
			return ""
		}
	}
	return v
}

func anchor(id string) string { return strings.ToLower(id) }

// cell makes text safe inside a Markdown table cell.
func cell(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "|", `\|`), "\n", " ")
}
