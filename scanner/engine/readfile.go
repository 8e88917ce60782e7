package engine

import (
	"errors"
	"fmt"

	"github.com/shipgate/shipgate/internal/regular"
)

// maxPolicySize bounds a policy file: the largest built-in policy is a few
// kilobytes.
const maxPolicySize = 8 << 20

// readRegular reads a policy file (regular.Read), so a named pipe or a
// device in a --policy directory is an error instead of a hang or an
// endless read.
func readRegular(path string) ([]byte, error) {
	b, err := regular.Read(path, maxPolicySize)
	var tl *regular.TooLargeError
	var nr *regular.NotRegularError
	switch {
	case errors.As(err, &tl):
		return nil, fmt.Errorf("%s: larger than %d MB", path, maxPolicySize>>20)
	case errors.As(err, &nr):
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return b, err
}
