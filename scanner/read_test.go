package scanner

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"

	"github.com/shipgate/shipgate/scanner/model"
)

const sgTemplate = "Resources:\n  SG:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: ssh\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 22\n          ToPort: 22\n          CidrIp: 0.0.0.0/0\n"

// sortStrings compares string slices as sets.
var sortStrings = cmpopts.SortSlices(func(a, b string) bool { return a < b })

// encodeBOM encodes s in a UTF-16 or UTF-32 encoding with a byte order mark.
func encodeBOM(t *testing.T, name, s string) []byte {
	t.Helper()
	encs := map[string]encoding.Encoding{
		"utf-16le": unicode.UTF16(unicode.LittleEndian, unicode.UseBOM),
		"utf-16be": unicode.UTF16(unicode.BigEndian, unicode.UseBOM),
		"utf-32le": utf32.UTF32(utf32.LittleEndian, utf32.UseBOM),
		"utf-32be": utf32.UTF32(utf32.BigEndian, utf32.UseBOM),
	}
	b, err := encs[name].NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	utf16LE := encodeBOM(t, "utf-16le", sgTemplate)
	utf16BE := encodeBOM(t, "utf-16be", sgTemplate)
	utf32LE := encodeBOM(t, "utf-32le", sgTemplate)
	utf32BE := encodeBOM(t, "utf-32be", sgTemplate)

	tests := []struct {
		name    string
		path    string
		limit   int64
		want    string
		wantErr string
	}{
		{"regular", write("a.yaml", []byte(sgTemplate)), 1 << 20, sgTemplate, ""},
		{"at the limit", write("b.yaml", []byte("12345")), 5, "12345", ""},
		{"over the limit", write("c.yaml", []byte("123456")), 5, "", "file is larger than the 5 bytes limit (--max-file-size)"},
		{"utf-8 bom kept", write("d.yaml", []byte("\ufeffa: 1\n")), 100, "\ufeffa: 1\n", ""},
		{"utf-16le", write("e.yaml", utf16LE), 1 << 20, sgTemplate, ""},
		{"utf-16be", write("f.yaml", utf16BE), 1 << 20, sgTemplate, ""},
		{"utf-32le", write("g.yaml", utf32LE), 1 << 20, sgTemplate, ""},
		{"utf-32be", write("h.yaml", utf32BE), 1 << 20, sgTemplate, ""},
		{"directory", dir, 100, "", "not a regular file (a directory); only regular files are scanned"},
	}
	type test = struct {
		name    string
		path    string
		limit   int64
		want    string
		wantErr string
	}
	if fifo := filepath.Join(dir, "fifo.yaml"); mkfifo(fifo) == nil {
		tests = append(tests, test{"named pipe without a writer", fifo, 100, "", "not a regular file (a named pipe); only regular files are scanned"})
	}
	if _, err := os.Stat("/dev/zero"); err == nil {
		tests = append(tests, test{"device", "/dev/zero", 100, "", "not a regular file (a character device); only regular files are scanned"})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readFile(tt.path, tt.limit)
			gotErr := ""
			if err != nil {
				gotErr = err.Error()
			}
			if diff := cmp.Diff(tt.wantErr, gotErr); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.want, string(got)); diff != "" {
				t.Errorf("content (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadFileSizeError(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big.json")
	if err := os.WriteFile(p, make([]byte, 3<<20), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := readFile(p, 2<<20)
	var se *SizeError
	if !errors.As(err, &se) || se.Limit != 2<<20 {
		t.Fatalf("readFile error = %v, want a SizeError of 2 MB", err)
	}
	if got, want := readError("big.json", err), "file is larger than the 2 MB limit (--max-file-size)"; got.Kind != model.ErrLimit || got.Message != want {
		t.Errorf("readError = %+v, want kind %q and message %q", got, model.ErrLimit, want)
	}
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		in      string
		want    int64
		wantErr bool
	}{
		{"16MB", 16 << 20, false},
		{"16 MB", 16 << 20, false},
		{"16m", 16 << 20, false},
		{"512KiB", 512 << 10, false},
		{"1GB", 1 << 30, false},
		{"1000", 1000, false},
		{"1000B", 1000, false},
		{"0", 0, true},
		{"-1MB", 0, true},
		{"MB", 0, true},
		{"1TB", 0, true},
		{"99999999999GB", 0, true},
		{"", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseSize(tt.in)
			if (err != nil) != tt.wantErr || got != tt.want {
				t.Errorf("ParseSize(%q) = %d, %v; want %d, error %v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
	for _, n := range []int64{16 << 20, 1 << 30, 3 << 10, 1000} {
		back, err := ParseSize(FormatSize(n))
		if err != nil || back != n {
			t.Errorf("ParseSize(FormatSize(%d)) = %d, %v", n, back, err)
		}
	}
}
