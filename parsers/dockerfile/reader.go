package dockerfile

import (
	"bytes"
	"context"
	"errors"
	"regexp"
	"strings"
	"unicode"

	"github.com/shipgate/shipgate/scanner/model"
)

// Reader is the Dockerfile input kind: Dockerfile, Dockerfile.*,
// *.Dockerfile, Containerfile and their lowercase spellings, and the
// Dockerfile*.template files of the docker-library generators.
type Reader struct{}

// Kind returns model.KindDockerfile.
func (Reader) Kind() model.Kind { return model.KindDockerfile }

// DirUnits is false: a Dockerfile is one file.
func (Reader) DirUnits() bool { return false }

// Match accepts the names Docker, Podman and BuildKit users give
// Dockerfiles: Dockerfile, Dockerfile.<anything> and Dockerfile-<anything>
// (Dockerfile.prod, Dockerfile-alpine.template), <anything>.Dockerfile,
// and the same with Containerfile, in any case. A .dockerignore file
// (Dockerfile.dockerignore is BuildKit's per-Dockerfile ignore file) is
// not a Dockerfile.
func (Reader) Match(name string) bool {
	n := strings.ToLower(name)
	if strings.HasSuffix(n, ".dockerignore") || strings.HasSuffix(n, ".containerignore") {
		return false
	}
	for _, base := range []string{"dockerfile", "containerfile"} {
		if n == base || strings.HasPrefix(n, base+".") || strings.HasPrefix(n, base+"-") || strings.HasSuffix(n, "."+base) {
			return true
		}
	}
	return false
}

// isTemplate reports whether a file is a generator template
// (Dockerfile-alpine.template): lines that are only {{ }} directives are
// blanked and {{ }} placeholders are unknown values.
func isTemplate(path string) bool {
	return strings.HasSuffix(strings.ToLower(path), ".template")
}

// Detect claims a file whose first instruction (after comments, parser
// directives and, in a template, {{ }} lines) is a Dockerfile instruction.
// Anything else (a README called Dockerfile.md, a Go file called
// dockerfile.go) is not claimed.
func (Reader) Detect(path string, src []byte) model.Detection {
	if isTemplate(path) {
		src = blankTemplateLines(src)
	}
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	for len(src) > 0 {
		line := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = nil
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		end := bytes.IndexFunc(line, unicode.IsSpace)
		if end < 0 {
			end = len(line)
		}
		if instructions[strings.ToLower(string(line[:end]))] {
			return model.Claimed
		}
		return model.NotClaimed
	}
	return model.NotClaimed
}

// Parse parses the unit's Dockerfile into a document with its view.
func (r Reader) Parse(ctx context.Context, u model.Unit) ([]*model.Document, error) {
	var docs []*model.Document
	var errs []error
	for _, f := range u.Files {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		doc, err := Parse(f.Path, f.Src)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, doc)
	}
	return docs, errors.Join(errs...)
}

// instructions are the Dockerfile instructions, lowercase.
var instructions = map[string]bool{
	"add": true, "arg": true, "cmd": true, "copy": true, "entrypoint": true, "env": true,
	"expose": true, "from": true, "healthcheck": true, "label": true, "maintainer": true,
	"onbuild": true, "run": true, "shell": true, "stopsignal": true, "user": true,
	"volume": true, "workdir": true,
}

// blankTemplateLines prepares a generator template for BuildKit, keeping
// every byte where it is: lines that are only {{ }} directives that steer
// the generator (they may span lines) become spaces, so the Dockerfile around them parses as it
// will once generated; a placeholder inside a line ({{ .version }}, or one
// that runs over several lines) keeps its braces and has its inside
// replaced with "_" (and following lines with spaces), so that it reads
// as one word that is never a known value.
func blankTemplateLines(src []byte) []byte {
	out := bytes.Clone(src)
	inside := false
	start := 0
	for start <= len(out) {
		end := bytes.IndexByte(out[start:], '\n')
		if end < 0 {
			end = len(out)
		} else {
			end += start
		}
		line := bytes.TrimSpace(out[start:end])
		directive := bytes.HasPrefix(line, []byte("{{")) &&
			(bytes.HasSuffix(line, []byte("}}")) && control(line) || !bytes.Contains(line, []byte("}}")))
		if inside || directive {
			inside = !bytes.Contains(line, []byte("}}"))
			blank(out[start:end], ' ')
		}
		start = end + 1
	}
	// Placeholders inside lines.
	for i := 0; i+1 < len(out); i++ {
		if out[i] != '{' || out[i+1] != '{' {
			continue
		}
		j := bytes.Index(out[i+2:], []byte("}}"))
		if j < 0 {
			break
		}
		body := out[i+2 : i+2+j]
		nl := bytes.IndexByte(body, '\n')
		if nl < 0 {
			blank(body, '_')
		} else {
			blank(body[:nl], '_')
			blank(body[nl:], ' ')
			// The closing braces end the placeholder: on a line of their
			// own they are blanked too.
			closing := out[i+2+j : i+4+j]
			if len(bytes.TrimSpace(body[bytes.LastIndexByte(body, '\n'):])) == 0 {
				blank(closing, ' ')
			}
		}
		i += 3 + j
	}
	return out
}

// controlRe matches a template line that only steers the generator (a
// branch, a definition, an include, a comment), as opposed to a placeholder
// such as {{ clean_apt }} that stands for text of the generated file.
var controlRe = regexp.MustCompile(`^\{\{-?\s*(if|else|elif|end|def|define|range|with|include|template|block|import|for|\)|#|/\*)|-\}\}$`)

func control(line []byte) bool { return controlRe.Match(line) }

// blank overwrites b with c, keeping line breaks.
func blank(b []byte, c byte) {
	for i := range b {
		if b[i] != '\n' && b[i] != '\r' {
			b[i] = c
		}
	}
}
