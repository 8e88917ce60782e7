package scanner

import (
	"errors"
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

// validate rejects options that would silently do something else than
// asked: an exclude pattern that can never match because it is malformed
// (path.Match ignores it), a negative time limit or size.
func (o Options) validate() error {
	var errs []error
	for _, pat := range o.Exclude {
		if _, err := path.Match(strings.TrimSuffix(filepath.ToSlash(pat), "/"), ""); err != nil {
			errs = append(errs, fmt.Errorf("exclude pattern %q: %w", pat, err))
		}
	}
	if o.Timeout < 0 {
		errs = append(errs, fmt.Errorf("timeout %s: must not be negative", o.Timeout))
	}
	if o.MaxFileSize < 0 {
		errs = append(errs, fmt.Errorf("maximum file size %d: must not be negative", o.MaxFileSize))
	}
	return errors.Join(errs...)
}
