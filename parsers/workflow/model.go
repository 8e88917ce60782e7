package workflow

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/shipgate/shipgate/parsers/shell"
	"github.com/shipgate/shipgate/parsers/yamltree"
	"github.com/shipgate/shipgate/scanner/model"
)

// builder turns a parsed file into the workflow view. Field names follow
// the file's own vocabulary (docs/workflow-model.md); every object a
// finding may point at has a src, a key of the document's Source.
type builder struct {
	y   *yamltree.Doc
	doc *model.Document
	// exprs maps the pointer of every string scalar holding ${{ }} to its
	// expressions, and all lists them in document order.
	exprs map[string][]any
	all   []any
}

func newBuilder(y *yamltree.Doc, d *model.Document) *builder {
	return &builder{y: y, doc: d, exprs: map[string][]any{}}
}

// view builds the view of a workflow or an action.
func (b *builder) view(typ docType) map[string]any {
	root, _ := b.doc.Raw.(map[string]any)
	if _, ok := b.doc.Source[""]; !ok {
		b.doc.Source[""] = model.Range{File: b.doc.Path, Start: model.Pos{Line: 1, Col: 1}, End: model.Pos{Line: 1, Col: 1}}
	}
	b.collect(b.doc.Raw, "", 0)
	v := map[string]any{
		"type":        "workflow",
		"src":         "",
		"name":        b.str(root, "", "name"),
		"triggers":    []any{},
		"permissions": b.permissions(root, ""),
		"env":         b.env(root, ""),
		"defaults":    b.defaults(root, ""),
		"concurrency": b.concurrency(root, ""),
		"jobs":        []any{},
		"action":      nil,
	}
	if typ == docAction {
		v["type"] = "action"
		v["action"] = b.action(root)
	} else {
		v["triggers"] = b.triggers(root)
		v["jobs"] = b.jobs(root)
	}
	v["expressions"] = nonNil(b.all)
	return v
}

func nonNil(l []any) []any {
	if l == nil {
		return []any{}
	}
	return l
}

// collect finds the expressions of every string in the document.
func (b *builder) collect(v any, ptr string, depth int) {
	if depth > yamltree.MaxDepth {
		return
	}
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			b.collect(x[k], ptr+"/"+model.PointerToken(k), depth+1)
		}
	case []any:
		for i, e := range x {
			b.collect(e, ptr+"/"+strconv.Itoa(i), depth+1)
		}
	case string:
		if !strings.Contains(x, "${{") {
			return
		}
		for i, sp := range findExprs(x) {
			e := b.expression(ptr, i, sp.Text, sp.Start, sp.End)
			b.exprs[ptr] = append(b.exprs[ptr], e)
			b.all = append(b.all, e)
		}
	}
}

// expression records one expression of the string at ptr, written at
// [start, end) of its value, under ptr/expr/i.
func (b *builder) expression(ptr string, i int, text string, start, end int) map[string]any {
	src := ptr + "/expr/" + strconv.Itoa(i)
	b.place(src, ptr, start, end)
	e := map[string]any{
		"text":     text,
		"src":      src,
		"field":    ptr,
		"parsed":   false,
		"contexts": []any{},
		"flows":    []any{},
		"calls":    []any{},
		"compares": []any{},
		"literal":  false,
	}
	n := parseExpr(text)
	if n == nil {
		return e
	}
	a := analyze(n)
	e["parsed"] = true
	e["literal"] = a.Literal
	ctxs := []any{}
	for _, c := range a.Contexts {
		ctxs = append(ctxs, map[string]any{"path": c.Path, "dynamic": c.Dynamic})
	}
	e["contexts"] = ctxs
	fl := []any{}
	for _, f := range a.Flows {
		fl = append(fl, f)
	}
	e["flows"] = fl
	calls := []any{}
	for _, c := range a.Calls {
		args := []any{}
		for _, o := range c.Args {
			args = append(args, operandValue(o))
		}
		calls = append(calls, map[string]any{"name": c.Name, "args": args})
	}
	e["calls"] = calls
	cmps := []any{}
	for _, c := range a.Compares {
		cmps = append(cmps, map[string]any{"op": c.Op, "left": operandValue(c.Left), "right": operandValue(c.Right)})
	}
	e["compares"] = cmps
	return e
}

func operandValue(o Operand) map[string]any {
	return map[string]any{"kind": o.Kind, "value": o.Value}
}

// place records the range of bytes [start, end) of the string at ptr under
// key: exact where the scalar's layout allows (yamltree.ScalarPos), else
// the scalar's own range.
func (b *builder) place(key, ptr string, start, end int) {
	r, ok := b.y.ValueRange(ptr)
	if !ok {
		return
	}
	if s, ok := b.y.ScalarPos(ptr, start); ok {
		e, ok := b.y.ScalarPos(ptr, end)
		if !ok || e.Line < s.Line || (e.Line == s.Line && e.Col < s.Col) {
			e = s
		}
		r.Start, r.End = s, e
	}
	b.doc.Source[key] = r
}

// str is the string field key of m at ptr: its value (scalars as text),
// its expressions and whether it is known (a scalar without expressions);
// nil when absent.
func (b *builder) str(m map[string]any, ptr, key string) any {
	v, ok := m[key]
	if !ok {
		return nil
	}
	return b.strAt(v, ptr+"/"+model.PointerToken(key))
}

func (b *builder) strAt(v any, ptr string) map[string]any {
	s, scalar := scalarText(v)
	ex := nonNil(b.exprs[ptr])
	return map[string]any{"value": s, "src": ptr, "exprs": ex, "known": scalar && len(ex) == 0}
}

// scalarText writes a scalar as text: YAML true is "true", null is "".
func scalarText(v any) (string, bool) {
	switch x := v.(type) {
	case string:
		return x, true
	case nil:
		return "", true
	case bool:
		return strconv.FormatBool(x), true
	case int:
		return strconv.Itoa(x), true
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64), true
	}
	return "", false
}

// cond is an if: condition. Without ${{ }} the whole value is an
// expression (GitHub evaluates it implicitly); form says how it is
// written: "bare", "fenced" (one ${{ }} and nothing else) or "template"
// (expressions mixed with text: the result is a non-empty string, always
// true).
func (b *builder) cond(m map[string]any, ptr string) any {
	v, ok := m["if"]
	if !ok {
		return nil
	}
	p := ptr + "/if"
	c := b.strAt(v, p)
	s, _ := v.(string)
	ex := b.exprs[p]
	switch {
	case len(ex) == 0:
		c["form"] = "bare"
		if _, isStr := v.(string); isStr && strings.TrimSpace(s) != "" {
			e := b.expression(p, 0, strings.TrimSpace(s), 0, len(s))
			c["exprs"] = []any{e}
			b.all = append(b.all, e)
		}
	case len(ex) == 1 && strings.HasPrefix(s, "${{") && strings.HasSuffix(s, "}}") && len(findExprs(s)) == 1 && findExprs(s)[0].End == len(s):
		c["form"] = "fenced"
	default:
		c["form"] = "template"
	}
	return c
}

// list reads a string or a list of strings.
func (b *builder) strList(v any, ptr string) []any {
	out := []any{}
	switch x := v.(type) {
	case []any:
		for i, e := range x {
			out = append(out, b.strAt(e, ptr+"/"+strconv.Itoa(i)))
		}
	case nil:
	case map[string]any:
	default:
		out = append(out, b.strAt(x, ptr))
	}
	return out
}

// plainList is a string or list of strings as plain strings.
func plainList(v any) []any {
	out := []any{}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			if s, ok := scalarText(e); ok {
				out = append(out, s)
			}
		}
	case map[string]any:
	default:
		if s, ok := scalarText(x); ok && x != nil {
			out = append(out, s)
		}
	}
	return out
}

// kvs reads a mapping of names to strings (env, with, outputs, secrets)
// as a list sorted by name; a mapping written as one expression yields
// none (the mapping is unknown; see raw).
func (b *builder) kvs(m map[string]any, ptr, key string) []any {
	out := []any{}
	x, ok := m[key].(map[string]any)
	if !ok {
		return out
	}
	p := ptr + "/" + model.PointerToken(key)
	for _, k := range slices.Sorted(maps.Keys(x)) {
		kp := p + "/" + model.PointerToken(k)
		out = append(out, map[string]any{"name": k, "src": kp, "value": b.strAt(x[k], kp)})
	}
	return out
}

func (b *builder) env(m map[string]any, ptr string) []any { return b.kvs(m, ptr, "env") }

// defaults reads defaults.run.
func (b *builder) defaults(m map[string]any, ptr string) any {
	d, ok := m["defaults"].(map[string]any)
	if !ok {
		return nil
	}
	p := ptr + "/defaults"
	out := map[string]any{"src": p, "shell": nil, "working_directory": nil}
	if run, ok := d["run"].(map[string]any); ok {
		out["shell"] = b.str(run, p+"/run", "shell")
		out["working_directory"] = b.str(run, p+"/run", "working-directory")
	}
	return out
}

func (b *builder) concurrency(m map[string]any, ptr string) any {
	v, ok := m["concurrency"]
	if !ok {
		return nil
	}
	p := ptr + "/concurrency"
	out := map[string]any{"src": p, "group": nil, "cancel_in_progress": nil}
	switch x := v.(type) {
	case map[string]any:
		out["group"] = b.str(x, p, "group")
		out["cancel_in_progress"] = b.str(x, p, "cancel-in-progress")
	default:
		out["group"] = b.strAt(x, p)
	}
	return out
}

// triggers normalises on: (a string, a list or a mapping).
func (b *builder) triggers(root map[string]any) []any {
	out := []any{}
	on, ok := root["on"]
	if !ok {
		// yaml.v3 keeps the key "on" a string; a file written with true:
		// (YAML 1.1's reading) is not a workflow GitHub accepts either.
		return out
	}
	add := func(event, src string, cfg map[string]any) {
		t := map[string]any{
			"event": event, "src": src,
			"types": []any{}, "branches": []any{}, "branches_ignore": []any{},
			"tags": []any{}, "tags_ignore": []any{}, "paths": []any{}, "paths_ignore": []any{},
			"workflows": []any{}, "cron": []any{}, "inputs": []any{}, "secrets": []any{},
		}
		if cfg != nil {
			for key, field := range map[string]string{"types": "types", "branches": "branches", "branches-ignore": "branches_ignore", "tags": "tags", "tags-ignore": "tags_ignore", "paths": "paths", "paths-ignore": "paths_ignore", "workflows": "workflows"} {
				if v, ok := cfg[key]; ok {
					t[field] = plainList(v)
				}
			}
			for _, key := range []string{"inputs", "secrets"} {
				in, ok := cfg[key].(map[string]any)
				if !ok {
					continue
				}
				list := []any{}
				for _, name := range slices.Sorted(maps.Keys(in)) {
					ip := src + "/" + key + "/" + model.PointerToken(name)
					item := map[string]any{"name": name, "src": ip, "type": "", "required": false}
					if im, ok := in[name].(map[string]any); ok {
						item["type"], _ = scalarText(im["type"])
						item["required"] = im["required"] == true
					}
					list = append(list, item)
				}
				t[key] = list
			}
		}
		if event == "schedule" {
			// schedule: is a list of {cron: …}.
			if l, ok := cfg["_list"].([]any); ok {
				for _, e := range l {
					if em, ok := e.(map[string]any); ok {
						if s, ok := em["cron"].(string); ok {
							t["cron"] = append(t["cron"].([]any), s)
						}
					}
				}
			}
		}
		out = append(out, t)
	}
	switch x := on.(type) {
	case string:
		add(x, "/on", nil)
	case []any:
		for i, e := range x {
			if s, ok := e.(string); ok {
				add(s, "/on/"+strconv.Itoa(i), nil)
			}
		}
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(x)) {
			cfg, _ := x[k].(map[string]any)
			if l, ok := x[k].([]any); ok {
				cfg = map[string]any{"_list": l}
			}
			add(k, "/on/"+model.PointerToken(k), cfg)
		}
	}
	return out
}

// permissions reads permissions: read-all, write-all, {} or a mapping of
// scopes; absent is recorded with the enclosing block's src.
func (b *builder) permissions(m map[string]any, ptr string) map[string]any {
	out := map[string]any{"src": ptr, "state": "absent", "scopes": []any{}}
	v, ok := m["permissions"]
	if !ok {
		return out
	}
	p := ptr + "/permissions"
	out["src"] = p
	switch x := v.(type) {
	case string:
		switch {
		case strings.Contains(x, "${{"):
			out["state"] = "unknown"
		case x == "read-all" || x == "write-all":
			out["state"] = x
		default:
			out["state"] = "invalid"
		}
	case map[string]any:
		if len(x) == 0 {
			out["state"] = "none"
			return out
		}
		out["state"] = "map"
		scopes := []any{}
		for _, k := range slices.Sorted(maps.Keys(x)) {
			level, _ := scalarText(x[k])
			scopes = append(scopes, map[string]any{"name": k, "level": level, "src": p + "/" + model.PointerToken(k)})
		}
		out["scopes"] = scopes
	case nil:
		out["state"] = "none"
	default:
		out["state"] = "invalid"
	}
	return out
}

// jobs reads the jobs in the order of their ids.
func (b *builder) jobs(root map[string]any) []any {
	out := []any{}
	jobs, ok := root["jobs"].(map[string]any)
	if !ok {
		return out
	}
	wfShell := defaultShell(root)
	for _, id := range slices.Sorted(maps.Keys(jobs)) {
		j, ok := jobs[id].(map[string]any)
		if !ok {
			continue
		}
		p := "/jobs/" + model.PointerToken(id)
		job := map[string]any{
			"id":          id,
			"src":         p,
			"name":        b.str(j, p, "name"),
			"if":          b.cond(j, p),
			"runs_on":     b.runsOn(j, p),
			"container":   b.container(j["container"], p+"/container", ""),
			"services":    b.services(j, p),
			"permissions": b.permissions(j, p),
			"env":         b.env(j, p),
			"defaults":    b.defaults(j, p),
			"concurrency": b.concurrency(j, p),
			"environment": b.environment(j, p),
			"strategy":    b.strategy(j, p),
			"needs":       plainList(j["needs"]),
			"uses":        nil,
			"with":        b.kvs(j, p, "with"),
			"secrets":     b.secrets(j, p),
			"outputs":     b.kvs(j, p, "outputs"),
			"steps":       []any{},
		}
		if u, ok := j["uses"]; ok {
			job["uses"] = b.uses(u, p+"/uses")
		}
		sh := defaultShell(j)
		if sh == "" {
			sh = wfShell
		}
		if sh == "" && windows(job["runs_on"]) {
			sh = "pwsh"
		}
		job["steps"] = b.steps(j, p, sh)
		out = append(out, job)
	}
	return out
}

func defaultShell(m map[string]any) string {
	d, _ := m["defaults"].(map[string]any)
	run, _ := d["run"].(map[string]any)
	s, _ := run["shell"].(string)
	return s
}

// windows reports whether a job's runner is known to run Windows, whose
// default shell is pwsh.
func windows(ro any) bool {
	r, _ := ro.(map[string]any)
	labels, _ := r["labels"].([]any)
	for _, l := range labels {
		lm := l.(map[string]any)
		if lm["known"] == true && strings.HasPrefix(strings.ToLower(lm["value"].(string)), "windows") {
			return true
		}
	}
	return false
}

func (b *builder) environment(j map[string]any, p string) any {
	v, ok := j["environment"]
	if !ok {
		return nil
	}
	if m, ok := v.(map[string]any); ok {
		return b.str(m, p+"/environment", "name")
	}
	return b.strAt(v, p+"/environment")
}

// githubHosted matches the labels of GitHub-hosted runner images.
var githubHosted = regexp.MustCompile(`^(ubuntu|windows|macos)-(latest|[0-9][0-9.]*)(-[a-z0-9-]+)?$`)

// runsOn reads runs-on: a label, a list of labels, or {group, labels}.
// self_hosted is "yes" with the self-hosted label, "no" when every label
// is a GitHub-hosted image, "unknown" otherwise (expressions, custom
// labels of larger or self-hosted runners, runner groups).
func (b *builder) runsOn(j map[string]any, p string) any {
	v, ok := j["runs-on"]
	if !ok {
		return nil
	}
	rp := p + "/runs-on"
	out := map[string]any{"src": rp, "labels": []any{}, "group": nil, "self_hosted": "unknown"}
	var labels []any
	switch x := v.(type) {
	case map[string]any:
		out["group"] = b.str(x, rp, "group")
		if l, ok := x["labels"]; ok {
			labels = b.strList(l, rp+"/labels")
		}
	default:
		labels = b.strList(x, rp)
	}
	out["labels"] = nonNil(labels)
	hosted, known := 0, 0
	for _, l := range labels {
		lm := l.(map[string]any)
		if lm["known"] != true {
			continue
		}
		known++
		s := strings.ToLower(lm["value"].(string))
		if s == "self-hosted" {
			out["self_hosted"] = "yes"
			return out
		}
		if githubHosted.MatchString(s) {
			hosted++
		}
	}
	if len(labels) > 0 && hosted == len(labels) && out["group"] == nil {
		out["self_hosted"] = "no"
	}
	return out
}

func (b *builder) services(j map[string]any, p string) []any {
	out := []any{}
	s, ok := j["services"].(map[string]any)
	if !ok {
		return out
	}
	for _, id := range slices.Sorted(maps.Keys(s)) {
		if c := b.container(s[id], p+"/services/"+model.PointerToken(id), id); c != nil {
			out = append(out, c)
		}
	}
	return out
}

// container reads a container or service: an image string or a mapping
// with image and credentials.
func (b *builder) container(v any, p, id string) any {
	if v == nil {
		return nil
	}
	out := map[string]any{"id": id, "src": p, "image": nil, "credentials": nil}
	switch x := v.(type) {
	case map[string]any:
		if img, ok := x["image"]; ok {
			out["image"] = b.image(img, p+"/image")
		}
		if c, ok := x["credentials"].(map[string]any); ok {
			cp := p + "/credentials"
			out["credentials"] = map[string]any{"src": cp, "username": b.str(c, cp, "username"), "password": b.str(c, cp, "password")}
		}
	default:
		out["image"] = b.image(x, p)
	}
	return out
}

// image splits an image reference into registry, name, tag and digest;
// known is false when it holds an expression.
func (b *builder) image(v any, p string) map[string]any {
	s := b.strAt(v, p)
	ref := parseImage(s["value"].(string))
	s["registry"], s["name"], s["tag"], s["digest"] = ref.registry, ref.name, ref.tag, ref.digest
	return s
}

type imageRef struct{ registry, name, tag, digest string }

// parseImage splits a Docker image reference the way Docker does: the
// first component is a registry when it has a dot or a colon or is
// localhost.
func parseImage(s string) imageRef {
	var r imageRef
	s = strings.TrimSpace(s)
	if i := strings.Index(s, "@"); i >= 0 {
		r.digest = s[i+1:]
		s = s[:i]
	}
	if i := strings.LastIndex(s, ":"); i >= 0 && !strings.Contains(s[i:], "/") {
		r.tag = s[i+1:]
		s = s[:i]
	}
	if i := strings.Index(s, "/"); i >= 0 {
		first := s[:i]
		if strings.ContainsAny(first, ".:") || first == "localhost" {
			r.registry = first
			s = s[i+1:]
		}
	}
	r.name = s
	return r
}

func (b *builder) strategy(j map[string]any, p string) any {
	s, ok := j["strategy"].(map[string]any)
	if !ok {
		return nil
	}
	sp := p + "/strategy"
	out := map[string]any{"src": sp, "matrix": nil}
	if m, ok := s["matrix"]; ok {
		mp := sp + "/matrix"
		mm := map[string]any{"src": mp, "known": false, "keys": []any{}}
		if x, ok := m.(map[string]any); ok {
			mm["known"] = true
			keys := []any{}
			for _, k := range slices.Sorted(maps.Keys(x)) {
				keys = append(keys, k)
			}
			mm["keys"] = keys
		}
		out["matrix"] = mm
	}
	return out
}

// secrets reads a reusable workflow call's secrets: inherit or a mapping.
func (b *builder) secrets(j map[string]any, p string) any {
	v, ok := j["secrets"]
	if !ok {
		return nil
	}
	sp := p + "/secrets"
	out := map[string]any{"src": sp, "inherit": v == "inherit", "values": []any{}}
	if _, ok := v.(map[string]any); ok {
		out["values"] = b.kvs(j, p, "secrets")
	}
	return out
}

// steps reads a job's (or a composite action's) steps; shell is the
// default shell of their run scripts ("" for bash).
func (b *builder) steps(j map[string]any, p, shellDefault string) []any {
	out := []any{}
	steps, ok := j["steps"].([]any)
	if !ok {
		return out
	}
	for i, s := range steps {
		sm, ok := s.(map[string]any)
		if !ok {
			continue
		}
		sp := p + "/steps/" + strconv.Itoa(i)
		st := map[string]any{
			"index":             i,
			"src":               sp,
			"id":                b.str(sm, sp, "id"),
			"name":              b.str(sm, sp, "name"),
			"if":                b.cond(sm, sp),
			"uses":              nil,
			"with":              b.kvs(sm, sp, "with"),
			"env":               b.env(sm, sp),
			"shell":             b.str(sm, sp, "shell"),
			"working_directory": b.str(sm, sp, "working-directory"),
			"continue_on_error": b.str(sm, sp, "continue-on-error"),
			"run":               nil,
		}
		if u, ok := sm["uses"]; ok {
			st["uses"] = b.uses(u, sp+"/uses")
		}
		if r, ok := sm["run"]; ok {
			sh, _ := sm["shell"].(string)
			if sh == "" {
				sh = shellDefault
			}
			st["run"] = b.run(r, sp+"/run", sh)
		}
		out = append(out, st)
	}
	return out
}

// shaRe matches a full commit SHA.
var shaRe = regexp.MustCompile(`^[0-9a-f]{40}$`)

// uses splits a uses: value: owner/repo[/path]@ref (an action or a
// reusable workflow in a repository), ./path (local) or docker://image.
func (b *builder) uses(v any, p string) map[string]any {
	u := b.strAt(v, p)
	u["kind"], u["owner"], u["repo"], u["path"], u["ref"], u["pinned"], u["image"] = "unknown", "", "", "", "", false, nil
	s := u["value"].(string)
	if u["known"] != true {
		return u
	}
	switch {
	case strings.HasPrefix(s, "./") || strings.HasPrefix(s, "../") || s == ".":
		u["kind"], u["path"] = "local", s
	case strings.HasPrefix(s, "docker://"):
		u["kind"] = "docker"
		img := parseImage(strings.TrimPrefix(s, "docker://"))
		u["image"] = map[string]any{"registry": img.registry, "name": img.name, "tag": img.tag, "digest": img.digest}
		u["pinned"] = strings.HasPrefix(img.digest, "sha256:")
		u["ref"] = img.tag
	default:
		at := strings.LastIndex(s, "@")
		name := s
		if at >= 0 {
			name, u["ref"] = s[:at], s[at+1:]
		}
		parts := strings.SplitN(name, "/", 3)
		if len(parts) < 2 || parts[0] == "" || parts[1] == "" {
			return u
		}
		u["kind"], u["owner"], u["repo"] = "repository", parts[0], parts[1]
		if len(parts) == 3 {
			u["path"] = parts[2]
		}
		u["pinned"] = shaRe.MatchString(u["ref"].(string))
	}
	return u
}

// run reads a run: script and, for a POSIX shell, its commands.
func (b *builder) run(v any, p, sh string) map[string]any {
	r := b.strAt(v, p)
	r["shell"] = sh
	r["parsed"] = false
	r["commands"] = []any{}
	script, ok := v.(string)
	if !ok || !posixShell(sh) {
		return r
	}
	var masked [][2]int
	for _, sp := range findExprs(script) {
		masked = append(masked, [2]int{sp.Start, sp.End})
	}
	parsed, err := shell.Parse(script, shell.Options{Masked: masked})
	if err != nil {
		return r
	}
	r["parsed"] = true
	cmds := []any{}
	for i, c := range parsed.Commands {
		cp := p + "/cmd/" + strconv.Itoa(i)
		b.place(cp, p, c.Start.Offset, c.End.Offset)
		words := []any{}
		for k, w := range c.Words {
			if k < c.Program {
				continue
			}
			wp := cp + "/word/" + strconv.Itoa(k)
			b.place(wp, p, w.Start.Offset, w.End.Offset)
			words = append(words, map[string]any{"value": w.Value, "literal": w.Literal, "src": wp})
		}
		assigns := []any{}
		for _, a := range c.Assigns {
			assigns = append(assigns, map[string]any{"name": a.Name, "value": a.Value.Value, "literal": a.Value.Literal})
		}
		redirs := []any{}
		for k, rd := range c.Redirs {
			rp := cp + "/redir/" + strconv.Itoa(k)
			b.place(rp, p, rd.Start.Offset, rd.End.Offset)
			redirs = append(redirs, map[string]any{"op": rd.Op, "target": rd.Target.Value, "literal": rd.Target.Literal, "src": rp})
		}
		name := c.Name()
		args := []any{}
		if len(words) > 0 {
			args = words[1:]
		}
		cmds = append(cmds, map[string]any{
			"src": cp, "name": name, "args": args, "assigns": assigns, "redirs": redirs,
			"pipe_to": c.PipeTo, "depth": c.Depth, "text": script[c.Start.Offset:c.End.Offset],
		})
	}
	r["commands"] = cmds
	return r
}

// posixShell reports whether a run script is read by a POSIX shell: the
// default (bash), bash, sh, or a custom bash/sh command line.
func posixShell(sh string) bool {
	f := strings.Fields(sh)
	if len(f) == 0 {
		return true
	}
	switch f[0] {
	case "bash", "sh", "/bin/bash", "/bin/sh", "/usr/bin/bash", "/usr/bin/env":
		return f[0] != "/usr/bin/env" || (len(f) > 1 && (f[1] == "bash" || f[1] == "sh"))
	}
	return false
}

// action reads an action's metadata: inputs, outputs and runs.
func (b *builder) action(root map[string]any) map[string]any {
	out := map[string]any{"inputs": []any{}, "outputs": []any{}, "runs": nil}
	for _, key := range []string{"inputs", "outputs"} {
		m, ok := root[key].(map[string]any)
		if !ok {
			continue
		}
		list := []any{}
		for _, name := range slices.Sorted(maps.Keys(m)) {
			ip := "/" + key + "/" + model.PointerToken(name)
			item := map[string]any{"name": name, "src": ip, "default": nil, "value": nil}
			if im, ok := m[name].(map[string]any); ok {
				item["default"] = b.str(im, ip, "default")
				item["value"] = b.str(im, ip, "value")
			}
			list = append(list, item)
		}
		out[key] = list
	}
	runs, ok := root["runs"].(map[string]any)
	if !ok {
		return out
	}
	r := map[string]any{
		"src": "/runs", "using": b.str(runs, "/runs", "using"), "main": b.str(runs, "/runs", "main"),
		"pre": b.str(runs, "/runs", "pre"), "post": b.str(runs, "/runs", "post"),
		"image": nil, "env": b.env(runs, "/runs"), "steps": b.steps(runs, "/runs", ""),
	}
	if img, ok := runs["image"]; ok {
		u := b.uses(img, "/runs/image")
		if s, _ := img.(string); u["known"] == true && !strings.HasPrefix(s, "docker://") {
			// A Dockerfile in the action's repository.
			u["kind"], u["owner"], u["repo"], u["path"], u["ref"] = "local", "", "", s, ""
		}
		r["image"] = u
	}
	out["runs"] = r
	return out
}

// String helps debugging.
func (e Span) String() string { return fmt.Sprintf("%d-%d %q", e.Start, e.End, e.Text) }
