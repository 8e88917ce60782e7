package scanner

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"strconv"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"

	"github.com/shipgate/shipgate/internal/regular"
	"github.com/shipgate/shipgate/scanner/model"
)

// DefaultMaxFileSize is the largest input file read when
// Options.MaxFileSize is zero: 16 times CloudFormation's own 1 MB limit on
// a template, so no real template comes near it, while /dev/zero or a
// multi-gigabyte log named *.json cannot exhaust memory.
const DefaultMaxFileSize int64 = 16 << 20

// SizeError is a file larger than the size limit.
type SizeError struct {
	Limit int64
}

func (e *SizeError) Error() string {
	return fmt.Sprintf("file is larger than the %s limit (--max-file-size)", FormatSize(e.Limit))
}

// notRegularError is a path that is not a regular file: a device, a named
// pipe, a socket. Reading one could block forever or never end.
type notRegularError struct {
	mode fs.FileMode
}

func (e *notRegularError) Error() string {
	return fmt.Sprintf("not a regular file (%s); only regular files are scanned", regular.TypeName(e.mode))
}

// readFile reads the regular file at osPath, of at most limit bytes, as
// UTF-8 text (see regular.Read). A UTF-16 or UTF-32 file with a byte order
// mark is decoded.
func readFile(osPath string, limit int64) ([]byte, error) {
	data, err := regular.Read(osPath, limit)
	var nr *regular.NotRegularError
	var tl *regular.TooLargeError
	switch {
	case errors.As(err, &nr):
		return nil, &notRegularError{mode: nr.Mode}
	case errors.As(err, &tl):
		return nil, &SizeError{Limit: limit}
	case err != nil:
		return nil, err
	}
	return decodeUnicode(data)
}

// decodeUnicode converts UTF-16 and UTF-32 text that starts with a byte
// order mark to UTF-8 without the mark; anything else is returned as is.
// Parsers read bytes, so a UTF-16 template would otherwise look like
// binary and be passed over.
func decodeUnicode(src []byte) ([]byte, error) {
	var enc encoding.Encoding
	switch {
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE, 0, 0}):
		enc = utf32.UTF32(utf32.LittleEndian, utf32.ExpectBOM)
	case bytes.HasPrefix(src, []byte{0, 0, 0xFE, 0xFF}):
		enc = utf32.UTF32(utf32.BigEndian, utf32.ExpectBOM)
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE}):
		enc = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
	case bytes.HasPrefix(src, []byte{0xFE, 0xFF}):
		enc = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
	default:
		return src, nil
	}
	out, err := enc.NewDecoder().Bytes(src)
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", enc, err)
	}
	return out, nil
}

// readError turns a readFile error into the file's error: a budget
// exceeded is a "limit" error, anything else a "read" error.
func readError(path string, err error) model.FileError {
	var se *SizeError
	if errors.As(err, &se) {
		return model.FileError{Path: path, Kind: model.ErrLimit, Message: se.Error()}
	}
	return model.FileError{Path: path, Kind: model.ErrRead, Message: fmt.Sprintf("cannot read: %v", unwrapPathErr(err))}
}

// FormatSize writes a byte count as the --max-file-size flag reads it.
func FormatSize(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// ParseSize reads a size as the --max-file-size flag takes it: a number of
// bytes, or a number followed by KB, MB or GB (powers of 1024; "K", "M",
// "G", "KiB", "MiB" and "GiB" are accepted too). It must be positive.
func ParseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 {
		return 0, fmt.Errorf("size %q: want a number of bytes, or a number followed by KB, MB or GB", s)
	}
	n, err := strconv.ParseInt(t[:i], 10, 64)
	if err != nil {
		return 0, fmt.Errorf("size %q: %w", s, err)
	}
	var shift uint
	switch strings.ToUpper(strings.TrimSpace(t[i:])) {
	case "", "B", "BYTE", "BYTES":
	case "K", "KB", "KIB":
		shift = 10
	case "M", "MB", "MIB":
		shift = 20
	case "G", "GB", "GIB":
		shift = 30
	default:
		return 0, fmt.Errorf("size %q: unknown unit %q (want KB, MB or GB)", s, strings.TrimSpace(t[i:]))
	}
	if n <= 0 {
		return 0, fmt.Errorf("size %q: must be positive", s)
	}
	if n > math.MaxInt64>>shift {
		return 0, fmt.Errorf("size %q: too large", s)
	}
	return n << shift, nil
}
