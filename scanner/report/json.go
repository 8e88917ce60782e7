package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/shipgate/shipgate/scanner/model"
)

// JSONSchemaID names the version of the JSON output's shape. It changes
// only when a field is removed or changes meaning; adding a field keeps it.
// docs/json-output.md describes the schema.
const JSONSchemaID = "shipgate/v1"

// jsonReport is the top-level JSON document. Its field order is the order
// of the output.
type jsonReport struct {
	Schema      string              `json:"schema"`
	ToolVersion string              `json:"tool_version"`
	Findings    []jsonFinding       `json:"findings"`
	Rules       []model.Rule        `json:"rules"`
	Errors      []model.FileError   `json:"errors"`
	Notes       []model.Note        `json:"notes"`
	Scanned     []model.ScannedFile `json:"scanned"`
	Summary     jsonSummary         `json:"summary"`
	// Absent lists baseline entries no finding matches any more; present
	// only with --baseline.
	Absent []model.BaselineEntry `json:"baseline_absent,omitempty"`
	// Compliance is the per-control summary; present only with
	// --framework (or frameworks in the config file).
	Compliance []model.ControlResult `json:"compliance,omitempty"`
	// Bundle is the policy bundle the scan loaded; present only with
	// --bundle.
	Bundle *model.Bundle `json:"bundle,omitempty"`
}

// jsonFinding is model.Finding with the rule's title, spelled out rather
// than embedded so that a change to the model cannot silently change the
// documented schema.
type jsonFinding struct {
	RuleID      string             `json:"rule_id"`
	Title       string             `json:"title"`
	Severity    model.Severity     `json:"severity"`
	Warning     bool               `json:"warning"`
	Message     string             `json:"message"`
	Range       model.Range        `json:"range"`
	Resource    string             `json:"resource,omitempty"`
	Attribute   string             `json:"attribute,omitempty"`
	Fingerprint string             `json:"fingerprint"`
	Suppression *model.Suppression `json:"suppression,omitempty"`
	Condition   string             `json:"condition,omitempty"`
	// Baseline is "new" or "unchanged" with --baseline, absent otherwise.
	Baseline string `json:"baseline_state,omitempty"`
}

type jsonSummary struct {
	FilesScanned    int            `json:"files_scanned"`
	FilesNotScanned int            `json:"files_not_scanned"`
	FilesPartly     int            `json:"files_partly_scanned"`
	Findings        int            `json:"findings"`
	BySeverity      jsonBySeverity `json:"by_severity"`
	Warnings        int            `json:"warnings"`
	Suppressed      int            `json:"suppressed"`
	Baselined       int            `json:"baselined,omitempty"`
	Errors          int            `json:"errors"`
	Incomplete      bool           `json:"incomplete"`
}

// jsonBySeverity is a struct rather than a map so the keys come out from
// the most to the least severe.
type jsonBySeverity struct {
	Critical int `json:"critical"`
	High     int `json:"high"`
	Medium   int `json:"medium"`
	Low      int `json:"low"`
	Info     int `json:"info"`
}

// JSON writes res as one JSON document with two-space indentation and a
// trailing newline, in the shipgate/v1 schema (docs/json-output.md). Lists
// are never null, and the same result always gives the same bytes.
func JSON(w io.Writer, res *model.Result, opts Options) error {
	rulesByID := make(map[string]model.Rule, len(res.Rules))
	for _, r := range res.Rules {
		rulesByID[r.ID] = r
	}

	doc := jsonReport{
		Schema:      JSONSchemaID,
		ToolVersion: opts.Version,
		Findings:    make([]jsonFinding, 0, len(res.Findings)),
		Rules:       []model.Rule{},
		Errors:      orEmpty(res.Errors),
		Notes:       orEmpty(res.Notes),
		Scanned:     orEmpty(res.Scanned),
		Absent:      res.Absent,
		Compliance:  res.Compliance,
		Bundle:      res.Bundle,
	}
	used := make(map[string]bool)
	for _, f := range res.Findings {
		doc.Findings = append(doc.Findings, jsonFinding{
			RuleID:      f.RuleID,
			Title:       rulesByID[f.RuleID].Title,
			Severity:    f.Severity,
			Warning:     f.Warning,
			Message:     f.Message,
			Range:       f.Range,
			Resource:    f.Resource,
			Attribute:   f.Attribute,
			Fingerprint: f.Fingerprint,
			Suppression: f.Suppression,
			Condition:   f.Condition,
			Baseline:    f.Baseline,
		})
		if r, ok := rulesByID[f.RuleID]; ok && !used[f.RuleID] {
			used[f.RuleID] = true
			doc.Rules = append(doc.Rules, r)
		}
	}
	sort.Slice(doc.Rules, func(i, j int) bool { return doc.Rules[i].ID < doc.Rules[j].ID })

	c := count(res, model.SeverityNone)
	doc.Summary = jsonSummary{
		FilesScanned:    c.filesScanned,
		FilesNotScanned: c.filesNotScanned,
		FilesPartly:     c.filesPartlyScanned,
		Findings:        c.findings,
		BySeverity: jsonBySeverity{
			Critical: c.bySeverity[model.SeverityCritical],
			High:     c.bySeverity[model.SeverityHigh],
			Medium:   c.bySeverity[model.SeverityMedium],
			Low:      c.bySeverity[model.SeverityLow],
			Info:     c.bySeverity[model.SeverityInfo],
		},
		Warnings:   c.warnings,
		Suppressed: c.suppressed,
		Baselined:  c.baselined,
		Errors:     len(res.Errors),
		Incomplete: res.Incomplete(),
	}

	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("encode json report: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write json report: %w", err)
	}
	return nil
}

// orEmpty turns a nil slice into an empty one, so that it encodes as []
// rather than null.
func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
