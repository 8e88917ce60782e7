package scanner

import (
	"cmp"
)

// only keeps the candidates Options.Only selects (by real path, every
// symbolic link resolved). Discovery still walks the scan roots as a full
// scan does, so the files kept are scanned with the same roots, and a
// Terraform module with the same callers, as in a full scan.
func (s *Scanner) only(cands []candidate) []candidate {
	if s.opts.Only == nil {
		return cands
	}
	out := cands[:0]
	for _, c := range cands {
		if s.opts.Only(c.real) {
			out = append(out, c)
		}
	}
	return out
}

// read returns a candidate's content: from Options.Content when it
// supplies the file (the staged version of a file, for a pre-commit
// hook), else from disk.
func (s *Scanner) read(c candidate) ([]byte, error) {
	limit := cmp.Or(s.opts.MaxFileSize, DefaultMaxFileSize)
	if s.opts.Content != nil {
		src, ok, err := s.opts.Content(c.real)
		if err != nil {
			return nil, err
		}
		if ok {
			if int64(len(src)) > limit {
				return nil, &SizeError{Limit: limit}
			}
			return decodeUnicode(src)
		}
	}
	return readFile(c.osPath, limit)
}
