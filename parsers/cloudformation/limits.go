package cloudformation

import (
	"fmt"
	"github.com/shipgate/shipgate/parsers/yamltree"
	"strings"

	"github.com/shipgate/shipgate/scanner/model"
)

// Budgets bound what one template may cost, so that a hostile template (an
// alias bomb, an Fn::Join that repeats a large parameter, a long list
// referenced many times) is a LimitError instead of exhausting memory or
// time. Each is far above what CloudFormation itself accepts (a 1 MB
// template body, 4 KB parameter values, 500 resources) and far above the
// largest use in the test corpus of 2,400 real templates: at most 2,927
// values, 21 levels of nesting, no aliases, and intrinsics producing 178
// values and 10 KB of text, 122 resources.
const (
	// MaxNodes bounds the values (scalars, mappings, sequences) of a
	// template, expanded aliases included (yamltree.MaxNodes).
	MaxNodes = yamltree.MaxNodes
	// MaxResources bounds the resources of a template, ten times what
	// CloudFormation accepts: each one becomes several objects of the
	// normalised view that every policy walks, so this bounds the memory
	// and time of evaluation.
	MaxResources = 5_000
	// MaxDepth bounds the nesting of mappings and sequences, aliases
	// included.
	MaxDepth = yamltree.MaxDepth
	// MaxAliasNodes bounds the nodes alias expansion adds.
	MaxAliasNodes = yamltree.MaxAliasNodes
	// MaxAliasBytes bounds the bytes of scalars alias expansion adds.
	MaxAliasBytes = yamltree.MaxAliasBytes
	// MaxValues bounds the values (scalars, list items, map entries)
	// intrinsic functions and parameter references produce.
	MaxValues = 1_000_000
	// MaxValueBytes bounds the bytes of the strings they produce.
	MaxValueBytes = 64 << 20
	// MaxSourceEntries bounds the source map: one entry per value. The
	// budgets above keep it below about MaxNodes+MaxValues; it is checked
	// before the map is built all the same.
	MaxSourceEntries = 2_000_000
)

// LimitError is a template that exceeds one of the budgets above. Like a
// ParseError it carries the position of the construct that exceeded it.
type LimitError struct {
	Path string
	Pos  model.Pos
	Msg  string
}

// Error formats the error as path:line:col: message.
func (e *LimitError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Pos.Line, e.Pos.Col, e.Msg)
}

// overBudget is a budget exceeded during evaluation, at sp; parse turns it
// into a LimitError.
type overBudget struct {
	Span span
	msg  string
}

// budget counts what the resolver produced against MaxValues and
// MaxValueBytes. The zero value is a full budget.
type budget struct {
	values, bytes int
	err           *overBudget
}

// fits reports whether values more values holding bytes more bytes of
// text fit, recording the error at sp for the intrinsic fn when they do
// not. Intrinsics that build text or lists check before building them, so
// a result that would not fit is never allocated.
func (b *budget) fits(values, bytes int, sp span, fn string) bool {
	if b.err != nil {
		return false
	}
	if values < 0 || bytes < 0 || values > MaxValues-b.values || bytes > MaxValueBytes-b.bytes {
		b.exceeded(sp, fn)
		return false
	}
	return true
}

// charge counts v, the value the intrinsic fn evaluated to, and reports
// whether it fits. Counting stops as soon as the budget is exhausted, so
// charging a huge shared value costs no more than the budget.
func (b *budget) charge(v any, sp span, fn string) bool {
	if b.err != nil {
		return false
	}
	if !b.count(v) {
		b.exceeded(sp, fn)
		return false
	}
	return true
}

// exceeded records the first budget exceeded, by the intrinsic fn at sp.
func (b *budget) exceeded(sp span, fn string) {
	if b.err == nil {
		b.err = &overBudget{Span: sp, msg: fmt.Sprintf(
			"%s: intrinsic functions evaluate to more than %d values or %s of text, the budget for a template; the template is not checked",
			fn, MaxValues, sizeText(MaxValueBytes))}
	}
}

func (b *budget) count(v any) bool {
	b.values++
	if b.values > MaxValues {
		return false
	}
	switch x := v.(type) {
	case string:
		b.bytes += len(x)
	case map[string]any:
		for k, c := range x {
			b.bytes += len(k)
			if !b.count(c) {
				return false
			}
		}
	case []any:
		for _, c := range x {
			if !b.count(c) {
				return false
			}
		}
	}
	return b.bytes <= MaxValueBytes
}

// jsonSize estimates the length of v encoded as JSON from above, giving up
// (returning more than limit) once it passes limit.
func jsonSize(v any, limit int) int {
	n := 0
	var walk func(v any) bool
	walk = func(v any) bool {
		switch x := v.(type) {
		case string:
			n += 2 + 6*len(x) // every byte may need a \u escape
		case map[string]any:
			n += 2
			for k, c := range x {
				n += 4 + 6*len(k)
				if n > limit || !walk(c) {
					return false
				}
			}
		case []any:
			n += 2
			for _, c := range x {
				n++
				if n > limit || !walk(c) {
					return false
				}
			}
		default:
			n += 32
		}
		return n <= limit
	}
	walk(v)
	return n
}

// sourceEntries counts the source map entries emit would write for r,
// stopping once the count passes limit.
func sourceEntries(r *rnode, limit int) int {
	n := 0
	var walk func(r *rnode)
	walk = func(r *rnode) {
		if n > limit {
			return
		}
		n++
		if r.computed {
			n += countValues(r.Value, limit-n)
			return
		}
		for _, c := range r.mkids {
			walk(c)
		}
		for _, c := range r.lkids {
			walk(c)
		}
	}
	walk(r)
	return n
}

// countValues counts the values nested in v (not v itself), stopping once
// the count passes limit.
func countValues(v any, limit int) int {
	n := 0
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for _, c := range x {
				if n++; n > limit {
					return
				}
				walk(c)
			}
		case []any:
			for _, c := range x {
				if n++; n > limit {
					return
				}
				walk(c)
			}
		}
	}
	walk(v)
	return n
}

// sizeText formats a byte budget for messages.
func sizeText(n int) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// checkResolved returns a LimitError when evaluating the template exceeded
// its budget, when it has more than MaxResources resources, or when its
// source map would exceed MaxSourceEntries.
func (r *resolver) checkResolved(tx *yamltree.Text, path string, out *rnode) error {
	if e := r.budget.err; e != nil {
		return &LimitError{Path: path, Pos: tx.Pos(e.Span.Start), Msg: e.msg}
	}
	if res := out.mkids["Resources"]; res != nil && len(res.mkids) > MaxResources {
		return &LimitError{Path: path, Pos: tx.Pos(res.Span.Start), Msg: fmt.Sprintf("the template has more than %d resources (CloudFormation accepts 500); the template is not checked", MaxResources)}
	}
	if sourceEntries(out, MaxSourceEntries) > MaxSourceEntries {
		return &LimitError{Path: path, Pos: model.Pos{Line: 1, Col: 1}, Msg: fmt.Sprintf("the template's source map would hold more than %d entries; the template is not checked", MaxSourceEntries)}
	}
	return nil
}

// subSize is the length of what Fn::Sub makes of tmpl, computed without
// building it, so that a template asking for gigabytes is refused at once.
// It counts a reference that does not resolve as written.
func (r *resolver) subSize(tmpl string, vars map[string]any) int {
	n := 0
	for {
		i := strings.Index(tmpl, "${")
		if i < 0 {
			return n + len(tmpl)
		}
		n += i
		tmpl = tmpl[i:]
		j := strings.IndexByte(tmpl, '}')
		if strings.HasPrefix(tmpl, "${!") || j < 0 {
			n += 2
			tmpl = tmpl[2:]
			continue
		}
		if val, ok := r.subVar(strings.TrimSpace(tmpl[2:j]), vars); ok {
			n += len(val)
		} else {
			n += j + 1
		}
		tmpl = tmpl[j+1:]
	}
}
