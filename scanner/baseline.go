package scanner

import (
	"bytes"
	"cmp"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/shipgate/shipgate/internal/regular"
	"github.com/shipgate/shipgate/scanner/model"
)

// BaselineSchema names the version of the baseline file's shape.
const BaselineSchema = "shipgate-baseline/v1"

// maxBaselineSize bounds a baseline file: a baseline comes from the
// scanned repository, so it is read like any other hostile input.
const maxBaselineSize = 64 << 20

// Baseline is the findings a team accepted when it adopted shipgate
// (--write-baseline), keyed by fingerprint: rule id, file, resource and
// attribute pointer, never the line or the message, so an entry survives
// lines moving and messages being reworded.
type Baseline struct {
	Schema string `json:"schema"`
	// Findings are the unsuppressed findings that would gate.
	Findings []model.BaselineEntry `json:"findings"`
	// Warnings are the unsuppressed advisories (warn rules); they never
	// gate, but a baseline keeps code-scanning services from showing them
	// as new.
	Warnings []model.BaselineEntry `json:"warnings"`
}

// NewBaseline records the unsuppressed findings of res. Findings that
// share a fingerprint are one entry with a count.
func NewBaseline(res *model.Result) *Baseline {
	b := &Baseline{Schema: BaselineSchema, Findings: []model.BaselineEntry{}, Warnings: []model.BaselineEntry{}}
	index := map[string]*int{}
	for _, f := range res.Findings {
		if f.Suppression != nil {
			continue
		}
		list := &b.Findings
		if f.Warning {
			list = &b.Warnings
		}
		key := fmt.Sprintf("%t\x00%s", f.Warning, f.Fingerprint)
		if i, ok := index[key]; ok {
			(*list)[*i].Count++
			continue
		}
		i := len(*list)
		index[key] = &i
		*list = append(*list, model.BaselineEntry{
			Fingerprint: f.Fingerprint,
			RuleID:      f.RuleID,
			Severity:    f.Severity,
			File:        f.Range.File,
			Resource:    f.Resource,
			Attribute:   f.Attribute,
			Message:     f.Message,
			Count:       1,
		})
	}
	sortEntries(b.Findings)
	sortEntries(b.Warnings)
	return b
}

// sortEntries orders entries so that a baseline diffs well in review: by
// file, rule, resource, attribute.
func sortEntries(es []model.BaselineEntry) {
	slices.SortFunc(es, func(a, b model.BaselineEntry) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.RuleID, b.RuleID),
			cmp.Compare(a.Resource, b.Resource), cmp.Compare(a.Attribute, b.Attribute),
			cmp.Compare(a.Fingerprint, b.Fingerprint))
	})
}

// Write writes the baseline as indented JSON with a trailing newline; the
// same findings always give the same bytes.
func (b *Baseline) Write(w io.Writer) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(b); err != nil {
		return fmt.Errorf("encode baseline: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// LoadBaseline reads and validates a baseline file. Errors name the file,
// and the line where there is one.
func LoadBaseline(file string) (*Baseline, error) {
	data, err := regular.Read(file, maxBaselineSize)
	if err != nil {
		return nil, fmt.Errorf("read baseline: %w", err)
	}
	b, err := ParseBaseline(data)
	if err != nil {
		var le *lineError
		if errors.As(err, &le) {
			return nil, fmt.Errorf("baseline %s:%d: %s", file, le.line, le.msg)
		}
		return nil, fmt.Errorf("baseline %s: %w", file, err)
	}
	return b, nil
}

// lineError is a baseline problem at a line of the file.
type lineError struct {
	line int
	msg  string
}

func (e *lineError) Error() string { return fmt.Sprintf("line %d: %s", e.line, e.msg) }

// ParseBaseline decodes a baseline. Unknown fields, a missing or
// different schema and entries without a well-formed fingerprint are
// errors: a baseline that is not understood must not quietly baseline
// nothing (or everything).
func ParseBaseline(data []byte) (*Baseline, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var b Baseline
	if err := dec.Decode(&b); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			return nil, &lineError{lineAt(data, se.Offset), "invalid JSON: " + se.Error()}
		case errors.As(err, &te) && te.Field == "":
			return nil, &lineError{lineAt(data, te.Offset), "want a JSON object written by --write-baseline"}
		case errors.As(err, &te):
			return nil, &lineError{lineAt(data, te.Offset), fmt.Sprintf("%s: want %s", te.Field, te.Type)}
		case errors.Is(err, io.EOF):
			return nil, errors.New("empty file; want a baseline written by --write-baseline")
		}
		return nil, fmt.Errorf("invalid baseline: %w", err)
	}
	if dec.More() {
		return nil, errors.New("invalid baseline: data after the JSON object")
	}
	if b.Schema != BaselineSchema {
		return nil, fmt.Errorf("schema %q: want %q (write it again with --write-baseline)", b.Schema, BaselineSchema)
	}
	for _, list := range [][]model.BaselineEntry{b.Findings, b.Warnings} {
		for i, e := range list {
			if raw, err := hex.DecodeString(e.Fingerprint); err != nil || len(raw) != 16 {
				return nil, fmt.Errorf("entry %d (%s in %q): fingerprint %q: want 32 hex digits", i+1, e.RuleID, e.File, e.Fingerprint)
			}
			if e.Count < 1 {
				return nil, fmt.Errorf("entry %d (%s in %q): count %d: want at least 1", i+1, e.RuleID, e.File, e.Count)
			}
		}
	}
	return &b, nil
}

// lineAt is the 1-based line of a byte offset.
func lineAt(data []byte, off int64) int {
	off = min(max(off, 0), int64(len(data)))
	return bytes.Count(data[:off], []byte("\n")) + 1
}

// Apply marks every finding of res as new or unchanged, and lists in
// res.Absent the entries no finding matched. Each entry matches as many
// findings as its count, in result order; suppressed findings match too,
// so that they keep their state in SARIF.
func (b *Baseline) Apply(res *model.Result) {
	left := map[string]int{}
	entries := map[string]model.BaselineEntry{}
	var order []string
	for _, list := range [][]model.BaselineEntry{b.Findings, b.Warnings} {
		for _, e := range list {
			if _, ok := entries[e.Fingerprint]; !ok {
				entries[e.Fingerprint] = e
				order = append(order, e.Fingerprint)
			}
			left[e.Fingerprint] += e.Count
		}
	}
	for i := range res.Findings {
		f := &res.Findings[i]
		if left[f.Fingerprint] > 0 {
			left[f.Fingerprint]--
			f.Baseline = model.BaselineUnchanged
			continue
		}
		f.Baseline = model.BaselineNew
	}
	res.Absent = nil
	for _, fp := range order {
		if n := left[fp]; n > 0 {
			e := entries[fp]
			e.Count = n
			res.Absent = append(res.Absent, e)
		}
	}
	sortEntries(res.Absent)
}
