package dockerfile

import (
	"testing"
)

func FuzzParse(f *testing.F) {
	seeds := []string{
		"",
		"FROM alpine\n",
		"# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n  c:\\\n",
		"ARG V=1\nFROM --platform=$P alpine:${V:-2} AS b\nCOPY --from=b /a /b\nRUN a && \\\n  # c\n\n  b | sh\n",
		"FROM x\nRUN <<EOF\nset -e\necho\nEOF\nRUN cat <<-A > f && <<B cat\n\tx\n\tA\ny\nB\n",
		"FROM x\nCMD [\"a\", \"b\\\"c\"]\nENV a=b c=\"d e\" \\\n  f=g\nENV x y z\nLABEL \"a b\"=c\nHEALTHCHECK --interval=5s CMD curl -f x || exit 1\n",
		"FROM x\nONBUILD RUN a\nUSER ${U:-root}:0\nEXPOSE 22/tcp ${P}\nSHELL [\"pwsh\", \"-c\"]\nRUN Get-Item x\n",
		"\xef\xbb\xbfFROM a\r\nRUN b \\\r\n  c\r\n",
		"FROM {{ .x }}\n{{ if a }}\nRUN b \\\n{{ end }}\n  c\n",
		"FROM x\nRUN ((((((a\n",
	}
	for _, s := range seeds {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, src string, tmpl bool) {
		name := "Dockerfile"
		if tmpl {
			name = "Dockerfile.template"
		}
		_ = Reader{}.Detect(name, []byte(src))
		doc, err := Parse(name, []byte(src))
		if err != nil {
			return
		}
		checkDoc(t, name, []byte(src), doc)
	})
}
