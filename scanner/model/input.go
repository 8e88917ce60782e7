package model

import "context"

// Reader reads one input kind. Each parsers/<kind> package provides one,
// and the registry in package parsers lists them, so the scanner holds no
// code for any particular kind.
type Reader interface {
	// Kind is the kind of the documents the reader produces.
	Kind() Kind
	// DirUnits reports whether a unit is a directory (all the claimed
	// files of one directory, as a Terraform module) rather than a file.
	DirUnits() bool
	// Match reports by name alone whether a file may be of this kind; only
	// matched files are read. name is the file's base name.
	Match(name string) bool
	// Detect decides by content whether a matched file is of this kind.
	Detect(path string, src []byte) Detection
	// Parse reads a unit into documents. A file the reader cannot parse is
	// a *ParseError (one per file when several fail); anything else is an
	// error of the tool.
	Parse(ctx context.Context, u Unit) ([]*Document, error)
}

// UnitPlanner is implemented by directory readers whose units depend on
// each other, as Terraform modules call local modules: it sees every unit
// of the reader before any is parsed, and returns the units to parse (a
// root module with the files of the modules it calls; a module that is
// only ever called is parsed in its callers' units, not alone).
type UnitPlanner interface {
	PlanUnits(units []Unit) []Unit
}

// Detection is a reader's verdict on a file's content.
type Detection int

const (
	// NotClaimed: the file is not of this kind.
	NotClaimed Detection = iota
	// Claimed: the file is of this kind; a parse error is reported.
	Claimed
	// Unsure: the content could not be inspected (it is not valid YAML or
	// JSON, say) but looks like this kind. The file is parsed: a syntax
	// error is reported as a parse error, while a file that parses is
	// not of this kind after all.
	Unsure
)

// Unit is what a reader parses: one file, or the claimed files of one
// directory.
type Unit struct {
	// Path is the file or directory, slash-separated, as reported.
	Path string
	// Files are the unit's files with their content, sorted by path.
	Files []File
	// Read reads another file of the scan (a file a Terraform module
	// reads with file()); path is slash-separated, as reported. It refuses
	// anything outside the scan root the unit was found under, including
	// through a symbolic link, and anything that is not a regular file.
	// Nil when the unit may read nothing else.
	Read func(path string) ([]byte, error)
	// List lists the regular files of a directory of the scan with the
	// same limits as Read (the modules `terraform init` downloaded under
	// .terraform, which discovery skips). Nil when the unit may read
	// nothing else.
	List func(dir string) ([]string, error)
}

// File is one input file and its content.
type File struct {
	// Path is slash-separated, as reported.
	Path string
	Src  []byte
}

// ParseError is a file, or a part of one, that cannot be read.
type ParseError struct {
	// Range is where the problem is; its Start is zero when the reader
	// cannot say.
	Range Range
	Msg   string
	// Syntax is true when the file is not well-formed at all (invalid
	// YAML, JSON or HCL), false when it is well-formed but not valid for
	// its kind.
	Syntax bool
	// Limit is true when reading the file would exceed a budget (size,
	// nesting, aliases, evaluated values): it is reported as a "limit"
	// error.
	Limit bool
}

// Error formats the error as file:line:col: message.
func (e *ParseError) Error() string {
	if e.Range.Start.Line == 0 {
		return e.Range.File + ": " + e.Msg
	}
	return e.Range.String() + ": " + e.Msg
}
