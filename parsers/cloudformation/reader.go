package cloudformation

import (
	"context"
	"errors"
	"path"
	"strings"

	"github.com/shipgate/shipgate/scanner/model"
)

// Reader is the CloudFormation input Kind: it claims templates by content
// and parses each into one document. Adapt, when set, builds the
// normalised AWS view of a parsed template (parsers/cloud provides it; this
// package does not import it, so that the adapter's tests can use the
// parser).
type Reader struct {
	// Params overrides parameter values (see Parser).
	Params map[string]string
	// Adapt returns the document's normalised AWS view.
	Adapt func(*Template) map[string]any
	// Embedded returns documents of other kinds written inside a template
	// (inline CodeBuild buildspecs, from parsers/buildspec), which Parse
	// returns after the template's own; src is the template's text.
	Embedded func(t *Template, src []byte) []*model.Document
}

// templateExts are the extensions that may hold a template. Content
// decides; the extension only keeps discovery from reading every file.
var templateExts = []string{".yaml", ".yml", ".json", ".template", ".cfn"}

// Kind returns model.KindCloudFormation.
func (r *Reader) Kind() model.Kind { return model.KindCloudFormation }

// DirUnits is false: a template is one file.
func (r *Reader) DirUnits() bool { return false }

// Match accepts the extensions templates are written with.
func (r *Reader) Match(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	for _, e := range templateExts {
		if ext == e {
			return true
		}
	}
	return false
}

// Detect claims templates (see Detect). A file that is not valid YAML or
// JSON but looks like a template (MaybeTemplate) is Unsure: its syntax
// error is reported rather than the file ignored.
func (r *Reader) Detect(_ string, src []byte) model.Detection {
	switch {
	case Detect(src):
		return model.Claimed
	case MaybeTemplate(src):
		return model.Unsure
	}
	return model.NotClaimed
}

// Parse parses the unit's template into a document with its AWS view.
func (r *Reader) Parse(_ context.Context, u model.Unit) ([]*model.Document, error) {
	var docs []*model.Document
	var errs []error
	for _, f := range u.Files {
		t, err := (&Parser{Params: r.Params}).ParseTemplate(f.Path, f.Src)
		if err != nil {
			errs = append(errs, modelError(f.Path, err))
			continue
		}
		if r.Adapt != nil {
			t.Doc.View = r.Adapt(t)
		}
		docs = append(docs, t.Doc)
		if r.Embedded != nil {
			docs = append(docs, r.Embedded(t, f.Src)...)
		}
	}
	return docs, errors.Join(errs...)
}

// modelError converts a ParseError to the registry's form.
func modelError(file string, err error) error {
	var le *LimitError
	if errors.As(err, &le) {
		return &model.ParseError{Range: model.Range{File: file, Start: le.Pos, End: le.Pos}, Msg: le.Msg, Limit: true}
	}
	var pe *ParseError
	if !errors.As(err, &pe) {
		return err
	}
	me := &model.ParseError{Range: model.Range{File: file}, Msg: pe.Msg, Syntax: pe.Syntax}
	if pe.Pos.Line > 0 {
		me.Range.Start, me.Range.End = pe.Pos, pe.Pos
	}
	return me
}
