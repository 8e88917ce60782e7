package terraform

import (
	"context"
	"errors"
	"fmt"
	"path"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/shipgate/shipgate/scanner/model"
)

// Timeout bounds the evaluation of one configuration.
const Timeout = 30 * time.Second

// Config is an evaluated Terraform configuration: a root module with the
// modules it calls.
type Config struct {
	// Doc is the document: Raw is {"resources": {address: {address, mode,
	// type, name, module, values}}}, with a range for every argument and
	// block.
	Doc *model.Document
	// Resources are the resource and data instances, in evaluation order.
	Resources []*Resource
}

// Reader is the Terraform input kind. Its unit is a module directory; a
// directory that other scanned modules call is evaluated in their context
// (PlanUnits), not alone with its defaults.
type Reader struct {
	Options
	// Adapt returns the normalised AWS view of a configuration
	// (parsers/cloud provides it).
	Adapt func(*Config) map[string]any
	// Embedded returns documents of other kinds written inside a
	// configuration (inline CodeBuild buildspecs, from parsers/buildspec),
	// which Parse returns after the configuration's own.
	Embedded func(cfg *Config, u model.Unit) []*model.Document
	// loaded holds the modules of the planned units by directory, parsed
	// on first use and dropped once every unit that uses one is done, so a
	// module that many roots call is parsed once and memory stays bounded
	// by the units in flight.
	loaded map[string]*loaded
}

// loaded is a module directory, parsed once, with its files' errors and
// the number of units still to use it.
type loaded struct {
	once  sync.Once
	mu    sync.Mutex
	m     *module
	errs  []error
	users atomic.Int32
}

// Kind returns model.KindTerraform.
func (r *Reader) Kind() model.Kind { return model.KindTerraform }

// DirUnits is true: a module is a directory.
func (r *Reader) DirUnits() bool { return true }

// Match accepts .tf, .tf.json and variable files.
func (r *Reader) Match(name string) bool {
	for _, ext := range []string{".tf", ".tf.json", ".tfvars", ".tfvars.json"} {
		if strings.HasSuffix(name, ext) {
			return true
		}
	}
	return false
}

// Detect claims every matched file: its name says it is Terraform.
func (r *Reader) Detect(string, []byte) model.Detection { return model.Claimed }

// PlanUnits makes one unit per root module: a directory no other scanned
// module calls, with the files of every local module it calls, directly
// or not. A module that is only called is evaluated with its callers'
// inputs.
func (r *Reader) PlanUnits(units []model.Unit) []model.Unit {
	byDir := map[string]model.Unit{}
	children := map[string][]string{}
	called := map[string]bool{}
	for _, u := range units {
		byDir[u.Path] = u
	}
	r.loaded = make(map[string]*loaded, len(units))
	calls := make([][]*call, len(units))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, u := range units {
		g.Go(func() error {
			calls[i] = moduleCalls(u.Path, u.Files)
			return nil
		})
	}
	g.Wait()
	for i, u := range units {
		r.loaded[u.Path] = &loaded{}
		for _, c := range calls[i] {
			if dir, ok := localSource(u.Path, c.source); ok && dir != u.Path {
				if _, scanned := byDir[dir]; scanned {
					children[u.Path] = append(children[u.Path], dir)
					called[dir] = true
				}
			}
		}
	}
	reach := func(root string) []string {
		seen := map[string]bool{root: true}
		queue := []string{root}
		for len(queue) > 0 {
			d := queue[0]
			queue = queue[1:]
			for _, c := range children[d] {
				if !seen[c] {
					seen[c] = true
					queue = append(queue, c)
				}
			}
		}
		out := make([]string, 0, len(seen))
		for d := range seen {
			out = append(out, d)
		}
		slices.Sort(out)
		return out
	}
	var out []model.Unit
	covered := map[string]bool{}
	plan := func(root string) {
		u := model.Unit{Path: root}
		for _, d := range reach(root) {
			covered[d] = true
			u.Files = append(u.Files, byDir[d].Files...)
			r.loaded[d].users.Add(1)
		}
		out = append(out, u)
	}
	dirs := make([]string, 0, len(byDir))
	for d := range byDir {
		dirs = append(dirs, d)
	}
	slices.Sort(dirs)
	for _, d := range dirs {
		if !called[d] {
			plan(d)
		}
	}
	// Modules that only call each other in a cycle have no root: each is
	// evaluated as one, so that none is lost.
	for _, d := range dirs {
		if !covered[d] {
			plan(d)
		}
	}
	return out
}

// Parse evaluates the root module of the unit with the modules it calls.
func (r *Reader) Parse(ctx context.Context, u model.Unit) ([]*model.Document, error) {
	cfg, err := r.Evaluate(ctx, u)
	if cfg == nil {
		return nil, err
	}
	if r.Adapt != nil {
		cfg.Doc.View = r.Adapt(cfg)
	}
	docs := []*model.Document{cfg.Doc}
	if r.Embedded != nil {
		docs = append(docs, r.Embedded(cfg, u)...)
	}
	return docs, err
}

// Evaluate evaluates the root module of a unit. Files that do not parse
// are errors of their own (*model.ParseError); the rest is still
// evaluated.
func (r *Reader) Evaluate(ctx context.Context, u model.Unit) (cfg *Config, retErr error) {
	defer func() {
		// The evaluator is written not to panic; this is the last line of
		// defence, so that one module cannot end a scan.
		if v := recover(); v != nil {
			cfg, retErr = nil, &model.ParseError{Range: model.Range{File: u.Path}, Msg: fmt.Sprintf("internal error: %v", v)}
		}
	}()
	ctx, cancel := context.WithTimeout(ctx, Timeout)
	defer cancel()
	files := map[string][]byte{}
	var dirs []string
	for _, f := range u.Files {
		files[f.Path] = f.Src
		if d := path.Dir(f.Path); !slices.Contains(dirs, d) {
			dirs = append(dirs, d)
		}
	}
	for _, f := range r.VarFiles {
		files[f.Path] = f.Src
	}
	e := &evaluator{ctx: ctx, modules: map[string]*module{}, files: files, readMore: u.Read, list: u.List, pos: newPositions(files), source: map[string]model.Range{}, origins: map[string]model.Range{}, raw: map[string]any{}}
	var errs []error
	for _, d := range dirs {
		m, merrs := r.module(d, u.Files)
		errs = append(errs, merrs...)
		e.modules[d] = m
	}
	defer r.release(dirs)
	root := e.modules[u.Path]
	if root == nil || (len(root.resources) == 0 && len(root.calls) == 0 && len(root.variables) == 0 && len(root.locals) == 0 && len(root.outputs) == 0) {
		// Only variable files, or files that do not parse: nothing to
		// evaluate.
		if len(errs) > 0 {
			return nil, errors.Join(errs...)
		}
		return nil, nil
	}
	// An expression cannot be interrupted once HCL evaluates it, so the
	// evaluation runs on its own goroutine and is abandoned at the time
	// limit: the scan goes on and reports the module as not evaluated.
	done := make(chan error, 1)
	go func() {
		defer func() {
			if v := recover(); v != nil {
				done <- fmt.Errorf("internal error: %v", v)
			}
		}()
		done <- e.evaluate(root, r.Options)
	}()
	var err error
	select {
	case err = <-done:
	case <-ctx.Done():
		err = ctx.Err()
	}
	if err != nil {
		var b errBudget
		switch {
		case errors.As(err, &b):
			errs = append(errs, &model.ParseError{Range: model.Range{File: u.Path}, Msg: "not evaluated: " + b.msg})
		case ctx.Err() != nil:
			errs = append(errs, &model.ParseError{Range: model.Range{File: u.Path}, Msg: "not evaluated: evaluation exceeded " + Timeout.String()})
		case strings.HasPrefix(err.Error(), "internal error"):
			errs = append(errs, &model.ParseError{Range: model.Range{File: u.Path}, Msg: err.Error()})
		default:
			errs = append(errs, err)
		}
		return nil, errors.Join(errs...)
	}
	doc := &model.Document{
		Kind:      model.KindTerraform,
		Path:      u.Path,
		Raw:       map[string]any{"resources": e.raw},
		Source:    e.source,
		Resources: map[string]string{},
		Notes:     e.notes,
	}
	if len(e.origins) > 0 {
		doc.Origins = e.origins
	}
	doc.Sensitive = e.sensitive
	for _, res := range e.out {
		doc.Resources[res.Address] = res.Ptr
		if len(res.Calls) > 0 {
			if doc.Via == nil {
				doc.Via = map[string][]model.Call{}
			}
			chain := make([]model.Call, len(res.Calls))
			for i, c := range res.Calls {
				chain[i] = model.Call{Name: c.Address, Range: c.Range}
			}
			doc.Via[res.Address] = chain
		}
	}
	for _, f := range u.Files {
		if path.Dir(f.Path) == u.Path {
			top := model.Pos{Line: 1, Col: 1}
			doc.Source[""] = model.Range{File: f.Path, Start: top, End: top}
			break
		}
	}
	return &Config{Doc: doc, Resources: e.out}, errors.Join(errs...)
}

// module returns the parsed module of a directory: shared with the other
// units when PlanUnits planned it, else parsed for this unit alone.
func (r *Reader) module(dir string, files []model.File) (*module, []error) {
	l := r.loaded[dir]
	if l == nil {
		return loadModule(dir, files)
	}
	l.once.Do(func() {
		l.mu.Lock()
		defer l.mu.Unlock()
		l.m, l.errs = loadModule(dir, files)
	})
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.m == nil {
		// Dropped already: a unit not counted by PlanUnits.
		return loadModule(dir, files)
	}
	return l.m, l.errs
}

// release drops the modules no planned unit needs any more.
func (r *Reader) release(dirs []string) {
	for _, d := range dirs {
		l := r.loaded[d]
		if l == nil {
			continue
		}
		if l.users.Add(-1) <= 0 {
			l.mu.Lock()
			l.m, l.errs = nil, nil
			l.mu.Unlock()
		}
	}
}

// moduleCalls lists the module blocks of a directory, for planning.
func moduleCalls(dir string, files []model.File) []*call {
	m, _ := loadModule(dir, files)
	return m.calls
}
