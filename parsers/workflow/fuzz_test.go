package workflow

import (
	"bytes"
	"testing"

	"github.com/shipgate/shipgate/scanner/model"
)

// FuzzParse checks that no input makes the reader panic and that every
// range it records lies inside the file.
func FuzzParse(f *testing.F) {
	f.Add([]byte("on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.issue.title }} >> $GITHUB_ENV\n"))
	f.Add([]byte("on: [pull_request_target]\npermissions: write-all\njobs:\n  a:\n    uses: o/r/.github/workflows/x.yml@main\n    secrets: inherit\n"))
	f.Add([]byte("runs:\n  using: composite\n  steps:\n    - run: |\n        echo \"${{ inputs.x }}\"\n      shell: bash\n"))
	f.Add([]byte("on: push\njobs:\n  a:\n    if: |\n      ${{ contains('a b', github.ref) }}\n    runs-on: ${{ matrix.os }}\n    container: {image: 'x:1', credentials: {username: u, password: p}}\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, name := range []string{".github/workflows/ci.yml", "action.yml"} {
			d, err := Parse(name, src)
			if err != nil {
				continue
			}
			checkFuzzRanges(t, src, d)
		}
		(&Reader{}).Detect(".github/workflows/ci.yml", src)
	})
}

func checkFuzzRanges(t *testing.T, src []byte, d *model.Document) {
	lines := bytes.Split(src, []byte("\n"))
	for ptr, r := range d.Source {
		for _, p := range []model.Pos{r.Start, r.End} {
			if p.Line < 1 || p.Line > len(lines) || p.Col < 1 || p.Col > len(lines[p.Line-1])+1 {
				t.Fatalf("range of %q outside the file: %+v", ptr, r)
			}
		}
	}
}
