package dockerfile

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/shipgate/shipgate/scanner/model"
)

// from starts a stage at a FROM instruction.
func (p *fileParser) from(in *instr) *stage {
	s := &stage{index: len(p.stages), base: -1, vars: map[string]variable{}, posix: true}
	var values []string
	for x := in.node.Next; x != nil; x = x.Next {
		values = append(values, x.Value)
	}
	image := ""
	if len(values) > 0 {
		image = values[0]
	}
	nameSrc := in.ptr
	if len(values) == 3 && strings.EqualFold(values[1], "as") {
		s.name = values[2]
		nameSrc = in.ptr + "/args/2"
	}
	imgPtr := in.ptr + "/args/0"
	if len(values) == 0 {
		imgPtr = in.ptr
	}
	value, known, used := p.substitute(image, p.global)
	img := map[string]any{
		"image":    image,
		"value":    value,
		"known":    known,
		"args":     used,
		"src":      imgPtr,
		"scratch":  known && strings.EqualFold(value, "scratch"),
		"stage":    -1,
		"registry": "", "repository": "", "tag": "", "digest": "",
		"tag_src": imgPtr, "digest_src": imgPtr,
		"platform": "",
	}
	for _, f := range in.view["flags"].([]any) {
		f := f.(map[string]any)
		if f["name"] == "platform" {
			img["platform"] = f["value"]
		}
	}
	if known {
		lower := strings.ToLower(value)
		for _, prev := range p.stages {
			if prev.name != "" && strings.ToLower(prev.name) == lower {
				s.base = prev.index
			}
		}
		if s.base >= 0 {
			img["stage"] = s.base
		} else if !img["scratch"].(bool) {
			reg, repo, tag, digest := splitImage(value)
			img["registry"], img["repository"], img["tag"], img["digest"] = reg, repo, tag, digest
			// The tag and digest have their own ranges when the image is
			// written literally.
			if value == image && len(in.args) > 0 && in.args[0].from >= 0 {
				a := in.args[0]
				if digest != "" {
					i := strings.LastIndexByte(image, '@')
					p.setText(imgPtr+"/digest", in.m, a.from+i+1, a.to)
					img["digest_src"] = imgPtr + "/digest"
				}
				if tag != "" {
					i := strings.LastIndex(strings.TrimSuffix(image, "@"+digest), ":")
					p.setText(imgPtr+"/tag", in.m, a.from+i+1, a.from+i+1+len(tag))
					img["tag_src"] = imgPtr + "/tag"
				}
			}
			s.windows = windowsImage(repo)
		}
	}
	if s.base >= 0 {
		base := p.stages[s.base]
		for k, v := range base.vars {
			s.vars[k] = v
		}
		s.posix, s.windows = base.posix, base.windows
	}
	if s.windows {
		s.posix = false
	}
	s.view = map[string]any{
		"index":      s.index,
		"name":       s.name,
		"name_lower": strings.ToLower(s.name),
		"name_src":   nameSrc,
		"src":        in.ptr,
		"from":       img,
		"windows":    s.windows,
	}
	p.stages = append(p.stages, s)
	return s
}

// windowsImage reports whether a repository is a Windows base image, whose
// RUN commands are cmd or PowerShell rather than a POSIX shell.
func windowsImage(repo string) bool {
	r := strings.ToLower(repo)
	return strings.Contains(r, "windows/") || strings.Contains(r, "nanoserver") || strings.Contains(r, "servercore") ||
		strings.HasSuffix(r, "/windows")
}

// posixShell reports whether a SHELL instruction's program is a POSIX
// shell, so RUN scripts can be parsed as one.
func posixShell(program string) bool {
	name := strings.ToLower(program[strings.LastIndexAny(program, `/\`)+1:])
	name = strings.TrimSuffix(name, ".exe")
	switch name {
	case "sh", "bash", "ash", "dash", "zsh", "ksh", "mksh", "busybox":
		return true
	}
	return false
}

// splitImage splits an image reference into registry, repository, tag
// and digest. The registry is the first path component when it has a dot
// or a port, or is localhost; it is "" when Docker Hub is implied.
func splitImage(ref string) (registry, repo, tag, digest string) {
	if i := strings.IndexByte(ref, '@'); i >= 0 {
		ref, digest = ref[:i], ref[i+1:]
	}
	if i := strings.LastIndexByte(ref, ':'); i >= 0 && !strings.Contains(ref[i+1:], "/") {
		ref, tag = ref[:i], ref[i+1:]
	}
	if i := strings.IndexByte(ref, '/'); i >= 0 {
		first := ref[:i]
		if strings.ContainsAny(first, ".:") || first == "localhost" {
			registry, ref = first, ref[i+1:]
		}
	}
	return registry, ref, tag, digest
}

// arg records an ARG: before the first FROM it is a global ARG usable in
// FROM; inside a stage it makes the global ARG of that name visible or
// declares a stage ARG with its default.
func (p *fileParser) arg(in *instr, cur *stage) {
	pairs := []any{}
	k := 0
	for x := in.node.Next; x != nil; x, k = x.Next, k+1 {
		key, value, has := strings.Cut(x.Value, "=")
		value = unquote(value)
		aptr := model.Pointer(in.ptr+"/args", strconv.Itoa(k))
		vptr := aptr
		if has && k < len(in.args) && in.args[k].from >= 0 {
			vptr = aptr + "/value"
			p.setText(vptr, in.m, in.args[k].from+len(key)+1, in.args[k].to)
		}
		v := variable{value: value, known: has}
		if has {
			v.value, v.known, _ = p.substitute(value, p.scope(cur))
		}
		pair := map[string]any{"key": key, "value": value, "has_value": has, "src": aptr, "key_src": aptr, "value_src": vptr}
		pairs = append(pairs, pair)
		if cur == nil {
			p.global[key] = v
			p.globalArgs = append(p.globalArgs, pair)
			continue
		}
		if !has {
			if g, ok := p.global[key]; ok {
				v = g
			}
		}
		cur.vars[key] = v
	}
	in.view["pairs"] = pairs
}

// scope is the variables visible to an instruction: the stage's, or the
// global ARGs before the first FROM.
func (p *fileParser) scope(cur *stage) map[string]variable {
	if cur == nil {
		return p.global
	}
	return cur.vars
}

// env records ENV key=value pairs (and the legacy "ENV key value").
func (p *fileParser) env(in *instr, cur *stage) {
	p.pairs(in, cur)
	if cur == nil {
		return
	}
	for _, x := range in.view["pairs"].([]any) {
		pair := x.(map[string]any)
		v, known, _ := p.substitute(pair["value"].(string), cur.vars)
		cur.vars[pair["key"].(string)] = variable{v, known}
	}
}

// pairs reads the key/value triples BuildKit makes of ENV and LABEL.
func (p *fileParser) pairs(in *instr, _ *stage) {
	var values []string
	for x := in.node.Next; x != nil; x = x.Next {
		values = append(values, x.Value)
	}
	pairs := []any{}
	for k := 0; k+2 < len(values); k += 3 {
		base := in.ptr + "/args/"
		pairs = append(pairs, map[string]any{
			"key":       unquote(values[k]),
			"value":     unquote(values[k+1]),
			"has_value": true,
			"src":       base + strconv.Itoa(k+2),
			"key_src":   base + strconv.Itoa(k),
			"value_src": base + strconv.Itoa(k+1),
		})
	}
	in.view["pairs"] = pairs
}

// userInstr records a stage's USER.
func (p *fileParser) userInstr(in *instr, cur *stage) {
	if cur == nil || in.node.Next == nil {
		return
	}
	raw := in.node.Next.Value
	value, known, _ := p.substitute(raw, cur.vars)
	cur.user = map[string]any{
		"set": true, "value": value, "written": raw, "known": known && !strings.Contains(value, "{{"),
		"src": in.ptr + "/args/0", "stage": cur.index, "inherited": false,
	}
}

// expose records a stage's EXPOSE ports.
func (p *fileParser) expose(in *instr, cur *stage) {
	if cur == nil {
		return
	}
	k := 0
	for x := in.node.Next; x != nil; x, k = x.Next, k+1 {
		value, known, _ := p.substitute(x.Value, cur.vars)
		port, proto, _ := strings.Cut(value, "/")
		cur.expose = append(cur.expose, map[string]any{
			"value": x.Value, "port": port, "protocol": strings.ToLower(proto), "known": known,
			"src": model.Pointer(in.ptr+"/args", strconv.Itoa(k)),
		})
	}
}

// finishStages computes what each stage inherits from the stage it is
// built from (USER, HEALTHCHECK, EXPOSE) and marks the final stage.
func (p *fileParser) finishStages() {
	for _, s := range p.stages {
		var base *stage
		if s.base >= 0 {
			base = p.stages[s.base]
		}
		if s.user == nil {
			switch {
			case base != nil:
				s.user = map[string]any{}
				for k, v := range base.user {
					s.user[k] = v
				}
				s.user["inherited"] = true
			default:
				// No USER in this stage or the stages it is built from:
				// the image's own user applies (root, unless the base
				// image sets another).
				s.user = map[string]any{"set": false, "value": "", "written": "", "known": false,
					"src": s.view["src"], "stage": s.index, "inherited": false}
			}
		}
		if s.health == nil {
			if base != nil {
				s.health = base.health
			} else {
				s.health = map[string]any{"set": false, "none": false, "src": s.view["src"], "stage": s.index}
			}
		}
		expose := []any{}
		if base != nil {
			expose = append(expose, base.view["expose"].([]any)...)
		}
		expose = append(expose, s.expose...)
		// root is the first stage of the chain: its FROM names the
		// external image the stage is built on.
		root := s
		chain := []any{}
		for root.base >= 0 {
			root = p.stages[root.base]
			chain = append(chain, root.index)
		}
		instrs := s.instrs
		if instrs == nil {
			instrs = []any{}
		}
		s.view["user"] = s.user
		s.view["healthcheck"] = s.health
		s.view["expose"] = expose
		s.view["base_stage"] = s.base
		s.view["root"] = root.index
		s.view["chain"] = chain
		s.view["instructions"] = instrs
		s.view["final"] = s.index == len(p.stages)-1
		s.view["shell_posix"] = s.posix
	}
}

// document assembles the parsed file.
func (p *fileParser) document() *model.Document {
	stages := make([]any, len(p.stages))
	for i, s := range p.stages {
		stages[i] = s.view
	}
	globalArgs := p.globalArgs
	if globalArgs == nil {
		globalArgs = []any{}
	}
	escape := string(p.escape)
	final := len(p.stages) - 1
	view := map[string]any{
		"escape":       escape,
		"template":     p.template,
		"instructions": orEmpty(p.view),
		"stages":       stages,
		"final_stage":  final,
		"global_args":  globalArgs,
	}
	var notes []model.Note
	if n := len(p.templateLines); n > 0 {
		r := p.templateLines[0]
		notes = append(notes, model.Note{Range: r, Message: fmt.Sprintf(
			"%d line(s) of this template, the first on line %d, are not Dockerfile instructions until it is generated (a placeholder or a branch of the generator); they are not checked", n, r.Start.Line)})
	}
	return &model.Document{
		Notes:  notes,
		Kind:   model.KindDockerfile,
		Path:   p.path,
		Raw:    map[string]any{"escape": escape, "instructions": orEmpty(p.raw)},
		Source: p.source,
		View:   view,
		Errors: p.errs,
	}
}

func orEmpty(v []any) []any {
	if v == nil {
		return []any{}
	}
	return v
}

// substitute expands $NAME, ${NAME} and ${NAME:-default} style references
// in s with vars, as BuildKit expands ARGs in FROM and ENV in USER. It
// reports whether every reference was known, and the names used. A
// template placeholder ({{ }}) is never known.
func (p *fileParser) substitute(s string, vars map[string]variable) (string, bool, []any) {
	used := []any{}
	known := !strings.Contains(s, "{{") && !(p.template && strings.Contains(s, "%%"))
	if !strings.Contains(s, "$") {
		return s, known, used
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == p.escape && i+1 < len(s) && s[i+1] == '$' {
			b.WriteByte('$')
			i++
			continue
		}
		if c != '$' || i+1 >= len(s) {
			b.WriteByte(c)
			continue
		}
		name, op, word := "", "", ""
		j := i + 1
		if s[j] == '{' {
			end := strings.IndexByte(s[j:], '}')
			if end < 0 {
				b.WriteString(s[i:])
				known = false
				break
			}
			inner := s[j+1 : j+end]
			k := 0
			for k < len(inner) && isNameByte(inner[k]) {
				k++
			}
			name = inner[:k]
			rest := inner[k:]
			for _, o := range []string{":-", ":+", "-", "+"} {
				if strings.HasPrefix(rest, o) {
					op, word = o, rest[len(o):]
					break
				}
			}
			if op == "" && rest != "" {
				known = false // ${a%%b} and other forms: not expanded here
			}
			i = j + end
		} else {
			k := j
			for k < len(s) && isNameByte(s[k]) {
				k++
			}
			if k == j {
				b.WriteByte('$')
				continue
			}
			name = s[j:k]
			i = k - 1
		}
		used = append(used, name)
		v, ok := vars[name]
		set := ok && v.known
		switch op {
		case ":-", "-":
			if set && (op == "-" || v.value != "") {
				b.WriteString(v.value)
			} else if ok && !v.known {
				known = false
			} else {
				b.WriteString(word)
			}
		case ":+", "+":
			if !ok || !v.known {
				known = known && !ok
				if ok {
					known = false
				}
			} else if op == "+" || v.value != "" {
				b.WriteString(word)
			}
		default:
			if set {
				b.WriteString(v.value)
			} else {
				known = false
			}
		}
	}
	return b.String(), known, used
}

func isNameByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
