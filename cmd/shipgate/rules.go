package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/shipgate/shipgate/scanner/model"
)

// writeRuleReference writes the Markdown rule reference (docs/rules.md) from
// policy metadata, so the documentation cannot drift from the policies: a
// test fails when the committed file is stale.
func writeRuleReference(w io.Writer, rules []model.Rule) error {
	var b strings.Builder
	b.WriteString("# Built-in rules\n\n")
	b.WriteString("Generated from the policies' metadata by `shipgate policies list --format markdown`; do not edit.\n\n")
	b.WriteString("| id | severity | title | aliases |\n| --- | --- | --- | --- |\n")
	for _, r := range rules {
		fmt.Fprintf(&b, "| [%s](#%s) | %s | %s | %s |\n", r.ID, anchor(r.ID), r.Severity, cell(r.Title), cell(strings.Join(r.Aliases, ", ")))
	}
	for _, r := range rules {
		fmt.Fprintf(&b, "\n## %s\n\n**%s** — severity %s", r.ID, r.Title, r.Severity)
		if len(r.Kinds) > 0 {
			kinds := make([]string, len(r.Kinds))
			for i, k := range r.Kinds {
				kinds[i] = string(k)
			}
			fmt.Fprintf(&b, "; inputs: %s", strings.Join(kinds, ", "))
		}
		b.WriteString("\n\n")
		if r.Description != "" {
			b.WriteString(strings.TrimSpace(r.Description) + "\n\n")
		}
		if len(r.Frameworks) > 0 {
			fmt.Fprintf(&b, "Frameworks: %s\n\n", strings.Join(r.Frameworks, "; "))
		}
		if len(r.Aliases) > 0 {
			fmt.Fprintf(&b, "Equivalent checks: %s\n\n", strings.Join(r.Aliases, ", "))
		}
		if r.Remediation != "" {
			b.WriteString("Remediation:\n\n" + strings.TrimSpace(r.Remediation) + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func anchor(id string) string { return strings.ToLower(id) }

// cell makes text safe inside a Markdown table cell.
func cell(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "|", `\|`), "\n", " ")
}
