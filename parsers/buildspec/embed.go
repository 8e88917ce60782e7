package buildspec

import (
	"bytes"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/zclconf/go-cty/cty"
	"gopkg.in/yaml.v3"

	"github.com/shipgate/shipgate/parsers/cloudformation"
	"github.com/shipgate/shipgate/parsers/terraform"
	"github.com/shipgate/shipgate/parsers/yamltree"
	"github.com/shipgate/shipgate/scanner/model"
)

// An inline buildspec is parsed from its own text, then every range is
// mapped into the template: offset by offset where the way the string is
// written lets it be known (a YAML literal block or one-line scalar, a
// JSON or HCL quoted string, an HCL heredoc), else to the range of the
// attribute that holds it.

// MaxInline bounds the inline buildspecs read from one template.
const MaxInline = 100

// posMap maps a byte offset of an inline buildspec's text to its position
// in the template; ok is false where that is not known exactly.
type posMap func(off int) (model.Pos, bool)

// inline is a buildspec found inside a template.
type inline struct {
	text string
	// sub is true when ${...} in the text are substitutions (Fn::Sub, HCL
	// interpolation) whose values are unknown here.
	sub      bool
	where    Embedding
	at       posMap
	fallback model.Range
}

// FromTemplate returns the inline buildspecs of a CloudFormation
// template's AWS::CodeBuild::Project resources (Source.BuildSpec and
// SecondarySources[].BuildSpec) as buildspec documents whose ranges point
// into the template. A BuildSpec that names a file, or that is built by an
// intrinsic other than Fn::Sub, is not read. src is the template's text.
func FromTemplate(t *cloudformation.Template, src []byte) []*model.Document {
	root, _ := t.Doc.Raw.(map[string]any)
	resources, _ := root["Resources"].(map[string]any)
	var found []string
	for _, id := range slices.Sorted(maps.Keys(resources)) {
		res, _ := resources[id].(map[string]any)
		if typ, _ := res["Type"].(string); typ != "AWS::CodeBuild::Project" {
			continue
		}
		props, _ := res["Properties"].(map[string]any)
		base := "/Resources/" + model.PointerToken(id) + "/Properties"
		if source, ok := props["Source"].(map[string]any); ok && candidate(source["BuildSpec"]) {
			found = append(found, base+"/Source/BuildSpec")
		}
		secondary, _ := props["SecondarySources"].([]any)
		for i, s := range secondary {
			if s, ok := s.(map[string]any); ok && candidate(s["BuildSpec"]) {
				found = append(found, base+"/SecondarySources/"+strconv.Itoa(i)+"/BuildSpec")
			}
		}
	}
	if len(found) == 0 {
		return nil
	}
	// The template is read again without CloudFormation's tags, so that
	// the BuildSpec string is there as written (the template string of an
	// Fn::Sub, not its evaluation) with its exact place.
	d, err := yamltree.Parse(t.Doc.Path, src, yamltree.Options{})
	if err != nil {
		return nil
	}
	var docs []*model.Document
	for _, ptr := range found {
		if len(docs) >= MaxInline {
			break
		}
		parts := strings.Split(ptr, "/")
		id := strings.NewReplacer("~1", "/", "~0", "~").Replace(parts[2])
		attr := "Source.BuildSpec"
		if parts[4] == "SecondarySources" {
			attr = "SecondarySources[].BuildSpec"
		}
		in, ok := cfnInline(d, src, ptr)
		if !ok {
			continue
		}
		in.where = Embedding{Resource: id, Type: "AWS::CodeBuild::Project", Attribute: attr}
		in.fallback = t.Doc.Source[ptr]
		if doc := in.parse(t.Doc.Path); doc != nil {
			docs = append(docs, doc)
		}
	}
	return docs
}

// candidate reports whether a BuildSpec value may be an inline buildspec:
// a string holding a line break or a mapping (not a file name), or an
// Fn::Sub.
func candidate(v any) bool {
	switch v := v.(type) {
	case string:
		return looksInline(v)
	case map[string]any:
		_, ok := v["Fn::Sub"]
		return ok && len(v) == 1
	}
	return false
}

func looksInline(s string) bool {
	return strings.Contains(s, "phases") || strings.Contains(s, "batch")
}

// cfnInline reads the BuildSpec at ptr from the untagged tree: a string,
// !Sub string, or {"Fn::Sub": string | [string, {...}]}.
func cfnInline(d *yamltree.Doc, src []byte, ptr string) (inline, bool) {
	n := nodeAt(d.Tree.Root, ptr)
	sub := false
	if n != nil && n.Kind == yamltree.MappingNode && len(n.Keys) == 1 && n.Keys[0] == "Fn::Sub" {
		sub = true
		ptr += "/Fn::Sub"
		n = n.Kids[0]
		if n.Kind == yamltree.SequenceNode && len(n.Kids) > 0 {
			ptr += "/0"
			n = n.Kids[0]
		}
	}
	text, ok := n.Str()
	if !ok || !looksInline(text) {
		return inline{}, false
	}
	if !sub && n.Span.Start >= 0 && n.Span.Start <= len(src) {
		// The untagged read keeps a !Sub string as a plain string: the tag
		// shows in the text before the value.
		sub = bytes.HasPrefix(src[n.Span.Start:], []byte("!Sub"))
	}
	in := inline{text: text, sub: sub}
	in.at = func(off int) (model.Pos, bool) { return d.ScalarPos(ptr, off) }
	if n.Style&yaml.DoubleQuotedStyle != 0 {
		// JSON (or a double-quoted YAML string on one line): decode the
		// escapes with an offset table.
		if table, ok := decodeQuoted(src, n.Text, text); ok {
			tx := d.Tree.Text
			in.at = func(off int) (model.Pos, bool) {
				if off < 0 || off >= len(table) {
					return model.Pos{}, false
				}
				return tx.Pos(table[off]), true
			}
		}
	}
	return in, true
}

// nodeAt walks a JSON pointer down a tree.
func nodeAt(n *yamltree.Node, ptr string) *yamltree.Node {
	for _, tok := range strings.Split(ptr, "/")[1:] {
		tok = strings.NewReplacer("~1", "/", "~0", "~").Replace(tok)
		switch {
		case n == nil:
			return nil
		case n.Kind == yamltree.MappingNode:
			n = n.Get(tok)
		case n.Kind == yamltree.SequenceNode:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(n.Kids) {
				return nil
			}
			n = n.Kids[i]
		default:
			return nil
		}
	}
	return n
}

// decodeQuoted decodes the double-quoted string starting at src[start]
// (its opening quote) on one line, JSON and HCL escapes, and returns for
// each byte of the decoded value, and one past its end, the offset in src
// it comes from; ok is false unless the decoded text is want.
func decodeQuoted(src []byte, start int, want string) (table []int, ok bool) {
	if start < 0 || start >= len(src) || src[start] != '"' {
		return nil, false
	}
	var out []byte
	i := start + 1
	for i < len(src) && src[i] != '"' {
		c := src[i]
		if c == '\n' || c == '\r' {
			return nil, false
		}
		if c != '\\' {
			out = append(out, c)
			table = append(table, i)
			i++
			continue
		}
		if i+1 >= len(src) {
			return nil, false
		}
		esc := src[i+1]
		var b []byte
		n := 2
		switch esc {
		case 'n':
			b = []byte{'\n'}
		case 't':
			b = []byte{'\t'}
		case 'r':
			b = []byte{'\r'}
		case 'b':
			b = []byte{'\b'}
		case 'f':
			b = []byte{'\f'}
		case '"', '\\', '/':
			b = []byte{esc}
		case 'u':
			if i+6 > len(src) {
				return nil, false
			}
			r, err := strconv.ParseUint(string(src[i+2:i+6]), 16, 32)
			if err != nil {
				return nil, false
			}
			b = utf8.AppendRune(nil, rune(r))
			n = 6
		default:
			return nil, false
		}
		for range b {
			table = append(table, i)
		}
		out = append(out, b...)
		i += n
	}
	if i >= len(src) || string(out) != want {
		return nil, false
	}
	return append(table, i), true
}

// parse reads the inline buildspec and maps its ranges into file; nil
// when the text is not a buildspec.
func (in inline) parse(file string) *model.Document {
	text := []byte(in.text)
	root, err := yamltree.Decode(text)
	if err != nil || root == nil || len(root.Content) == 0 || !isBuildspec(root.Content[0], false) {
		return nil
	}
	emb := in.where
	doc, err := parse(file, text, options{sub: in.sub, embedded: &emb})
	if err != nil {
		return nil
	}
	lines := lineStarts(text)
	at := func(p model.Pos) (model.Pos, bool) {
		if p.Line < 1 || p.Line > len(lines) {
			return model.Pos{}, false
		}
		off := lines[p.Line-1] + p.Col - 1
		if off < 0 || off > len(text) {
			return model.Pos{}, false
		}
		return in.at(off)
	}
	remap := func(r model.Range) model.Range {
		s, ok1 := at(r.Start)
		e, ok2 := at(r.End)
		if !ok1 || !ok2 || e.Line < s.Line || (e.Line == s.Line && e.Col < s.Col) {
			return in.fallback
		}
		return model.Range{File: in.fallback.File, Start: s, End: e}
	}
	for k, r := range doc.Source {
		doc.Source[k] = remap(r)
	}
	for i := range doc.Notes {
		doc.Notes[i].Range = remap(doc.Notes[i].Range)
		doc.Notes[i].Message = fmt.Sprintf("inline buildspec of %q: %s", emb.Resource, doc.Notes[i].Message)
	}
	return doc
}

// lineStarts is the offset of each LF-separated line of text.
func lineStarts(text []byte) []int {
	out := []int{0}
	for i, c := range text {
		if c == '\n' {
			out = append(out, i+1)
		}
	}
	return out
}

// FromTerraform returns the inline buildspecs of a Terraform
// configuration's aws_codebuild_project resources (source.buildspec and
// secondary_sources.buildspec written as a heredoc or a quoted string) as
// buildspec documents whose ranges point into the .tf file. A buildspec
// read with file() or templatefile(), or taken from a variable, is not
// read here: the file it names is scanned on its own. Instances of one
// resource (count, for_each, a module called twice) share one document.
func FromTerraform(cfg *terraform.Config, u model.Unit) []*model.Document {
	var docs []*model.Document
	seen := map[model.Range]bool{}
	for _, r := range cfg.Resources {
		if r.Mode != "managed" || r.Type != "aws_codebuild_project" || len(docs) >= MaxInline {
			continue
		}
		for _, blk := range []struct{ name, attr string }{{"source", "source.buildspec"}, {"secondary_sources", "secondary_sources.buildspec"}} {
			n := blockCount(r.Values, blk.name)
			for i := 0; i < n; i++ {
				ptr := r.Ptr + "/values/" + blk.name + "/" + strconv.Itoa(i) + "/buildspec"
				rng, ok := cfg.Doc.Source[ptr]
				if !ok || seen[rng] {
					continue
				}
				seen[rng] = true
				src := fileSource(u, rng.File)
				if src == nil {
					continue
				}
				in, ok := hclInline(src, rng)
				if !ok {
					continue
				}
				in.where = Embedding{Resource: r.Address, Type: "aws_codebuild_project", Attribute: blk.attr}
				in.fallback = rng
				if doc := in.parse(rng.File); doc != nil {
					docs = append(docs, doc)
				}
			}
		}
	}
	return docs
}

// blockCount is the number of blocks of a nested block type in an
// evaluated resource.
func blockCount(v cty.Value, name string) int {
	if !v.IsKnown() || v.IsNull() || !v.Type().IsObjectType() || !v.Type().HasAttribute(name) {
		return 0
	}
	b := v.GetAttr(name)
	if !b.IsKnown() || b.IsNull() || !(b.Type().IsTupleType() || b.Type().IsListType()) {
		return 0
	}
	return b.LengthInt()
}

// fileSource is the content of a file of the unit, or one it read.
func fileSource(u model.Unit, path string) []byte {
	if i := slices.IndexFunc(u.Files, func(f model.File) bool { return f.Path == path }); i >= 0 {
		return u.Files[i].Src
	}
	if u.Read != nil {
		if src, err := u.Read(path); err == nil {
			return src
		}
	}
	return nil
}

var (
	// heredocStart matches an attribute whose value is a heredoc.
	heredocStart = regexp.MustCompile(`^"?buildspec"?\s*=\s*<<(-?)([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?$`)
	// quotedStart matches an attribute whose value is a quoted string.
	quotedStart = regexp.MustCompile(`^"?buildspec"?\s*[=:]\s*"`)
)

// hclInline reads the buildspec attribute at rng when its value is a
// heredoc (<<EOF or <<-EOF) or a one-line quoted string, with its
// ${...} interpolations left as unknown substitutions. Template
// directives (%{ if }) make the text unknowable: it is not read.
func hclInline(src []byte, rng model.Range) (inline, bool) {
	lines := lineStarts(src)
	if rng.Start.Line < 1 || rng.Start.Line > len(lines) || rng.End.Line > len(lines) {
		return inline{}, false
	}
	start := lines[rng.Start.Line-1] + rng.Start.Col - 1
	lineEnd := len(src)
	if rng.Start.Line < len(lines) {
		lineEnd = lines[rng.Start.Line] - 1
	}
	if start < 0 || start > lineEnd {
		return inline{}, false
	}
	first := string(src[start:lineEnd])
	tx := yamltree.NewText(src)
	if m := heredocStart.FindStringSubmatch(first); m != nil {
		indented, marker := m[1] == "-", m[2]
		// Body lines run to the closing marker, alone on its line.
		var body []int
		for l := rng.Start.Line; l < len(lines); l++ {
			ls, le := lines[l], len(src)
			if l+1 < len(lines) {
				le = lines[l+1] - 1
			}
			if strings.TrimSpace(string(src[ls:le])) == marker {
				break
			}
			body = append(body, l)
		}
		indent := 0
		if indented {
			indent = -1
			for _, l := range body {
				line := lineText(src, lines, l)
				if strings.TrimSpace(line) == "" {
					continue
				}
				n := len(line) - len(strings.TrimLeft(line, " \t"))
				if indent < 0 || n < indent {
					indent = n
				}
			}
			indent = max(indent, 0)
		}
		var text strings.Builder
		var starts, fileStarts []int
		for _, l := range body {
			line := lineText(src, lines, l)
			cut := min(indent, len(line)-len(strings.TrimLeft(line, " \t")))
			starts = append(starts, text.Len())
			fileStarts = append(fileStarts, lines[l]+cut)
			text.WriteString(strings.TrimSuffix(line[cut:], "\r"))
			text.WriteByte('\n')
		}
		s := text.String()
		if strings.Contains(s, "%{") || !looksInline(s) {
			return inline{}, false
		}
		at := func(off int) (model.Pos, bool) {
			i := sort.SearchInts(starts, off+1) - 1
			if i < 0 || off > len(s) {
				return model.Pos{}, false
			}
			return tx.Pos(fileStarts[i] + off - starts[i]), true
		}
		return inline{text: s, sub: true, at: at}, true
	}
	if m := quotedStart.FindStringIndex(first); m != nil {
		q := start + m[1] - 1
		// The value as written, escapes decoded; compared with itself, so
		// decodeQuoted only builds the table.
		raw, ok := rawQuoted(src, q)
		if !ok || strings.Contains(raw, "%{") || !looksInline(raw) {
			return inline{}, false
		}
		table, ok := decodeQuoted(src, q, raw)
		if !ok {
			return inline{}, false
		}
		at := func(off int) (model.Pos, bool) {
			if off < 0 || off >= len(table) {
				return model.Pos{}, false
			}
			return tx.Pos(table[off]), true
		}
		return inline{text: raw, sub: true, at: at}, true
	}
	return inline{}, false
}

func lineText(src []byte, lines []int, l int) string {
	end := len(src)
	if l+1 < len(lines) {
		end = lines[l+1] - 1
	}
	return string(src[lines[l]:end])
}

// rawQuoted decodes the quoted string at src[q] on one line.
func rawQuoted(src []byte, q int) (string, bool) {
	end := q + 1
	for end < len(src) && src[end] != '"' && src[end] != '\n' {
		if src[end] == '\\' {
			end++
		}
		end++
	}
	if end >= len(src) || src[end] != '"' {
		return "", false
	}
	s, err := strconv.Unquote(string(src[q : end+1]))
	if err != nil {
		return "", false
	}
	return s, true
}
