// Package regular reads files that must be regular files of bounded size:
// the scanned inputs, the --policy files and the files a reader reads
// besides its unit. A named pipe, a device or a file larger than the limit
// is refused before it can block or exhaust memory.
package regular

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// NotRegularError is a path that is not a regular file.
type NotRegularError struct {
	Mode fs.FileMode
}

func (e *NotRegularError) Error() string {
	return fmt.Sprintf("not a regular file (%s)", TypeName(e.Mode))
}

// TooLargeError is a file larger than the limit.
type TooLargeError struct {
	Limit int64
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("larger than %d bytes", e.Limit)
}

// TypeName names a non-regular file's type for people.
func TypeName(m fs.FileMode) string {
	switch {
	case m&fs.ModeDir != 0:
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a block device"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	}
	return "an irregular file"
}

// Read reads the regular file at path, of at most limit bytes. The file is
// opened without blocking and checked with fstat before anything is read,
// so a named pipe or a device is refused instead of hanging or reading
// forever, even if it replaced a regular file after it was found.
func Read(path string, limit int64) ([]byte, error) {
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
		return nil, &NotRegularError{Mode: info.Mode()}
	}
	if info.Size() > limit {
		return nil, &TooLargeError{Limit: limit}
	}
	// The size is a hint, as in os.ReadFile: the file may grow while it is
	// read, so never read more than one byte past the limit.
	data := make([]byte, 0, info.Size()+1)
	r := io.LimitReader(f, limit+1)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if int64(len(data)) > limit {
		return nil, &TooLargeError{Limit: limit}
	}
	return data, nil
}
