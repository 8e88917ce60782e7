package engine

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// maxPolicySize bounds a policy file: the largest built-in policy is a few
// kilobytes.
const maxPolicySize = 8 << 20

// readRegular reads a policy file. It opens without blocking and checks the
// file with fstat before reading, so a named pipe or a device in a --policy
// directory is an error instead of a hang or an endless read.
func readRegular(path string) ([]byte, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file (%s)", path, typeName(info.Mode()))
	}
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(io.LimitReader(f, maxPolicySize+1)); err != nil {
		return nil, err
	}
	if buf.Len() > maxPolicySize {
		return nil, fmt.Errorf("%s: larger than %d MB", path, maxPolicySize>>20)
	}
	return buf.Bytes(), nil
}

// typeName names the type of a file that is not regular.
func typeName(m fs.FileMode) string {
	switch {
	case m&fs.ModeDir != 0:
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "an irregular file"
}
