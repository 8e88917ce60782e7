package shell

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// summary renders a script's commands compactly: name, words (literal
// values or "~raw" for non-literal words), redirections, pipe target and
// the command's whole range.
func summary(s *Script) []string {
	var out []string
	for i, c := range s.Commands {
		var ws []string
		for _, w := range c.Words {
			if w.Literal {
				ws = append(ws, w.Value)
			} else {
				ws = append(ws, "~"+w.Value)
			}
		}
		line := c.Name() + " [" + strings.Join(ws, " ") + "]"
		for _, a := range c.Assigns {
			line += " " + a.Name + "=" + a.Value.Value
		}
		for _, r := range c.Redirs {
			line += " " + r.Op + r.Target.Value
		}
		if c.PipeTo >= 0 {
			line += " |" + s.Commands[c.PipeTo].Name()
		}
		if c.Depth > 0 {
			line += " depth" + itoa(c.Depth)
		}
		line += " @" + itoa(c.Start.Line) + ":" + itoa(c.Start.Col) + "-" + itoa(c.End.Line) + ":" + itoa(c.End.Col)
		_ = i
		out = append(out, line)
	}
	return out
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

func TestParse(t *testing.T) {
	tests := []struct {
		name   string
		script string
		masked [][2]int
		want   []string
	}{
		{
			name:   "and list with continuation",
			script: "apt-get update && \\\n    apt-get install -y curl",
			want: []string{
				"apt-get [apt-get update] @1:1-1:15",
				"apt-get [apt-get install -y curl] @2:5-2:28",
			},
		},
		{
			name:   "pipe into a shell through sudo",
			script: "curl -fsSL https://x.example/i.sh | sudo -E bash -s -- --yes",
			want: []string{
				"curl [curl -fsSL https://x.example/i.sh] |bash @1:1-1:34",
				"bash [sudo -E bash -s -- --yes] @1:37-1:61",
			},
		},
		{
			name:   "quotes, expansions and globs",
			script: `echo "a b" 'c$d' "$HOME" x*.txt /usr/bin/env FOO=1 node`,
			want: []string{
				`echo [echo a b c$d ~"$HOME" ~x*.txt /usr/bin/env FOO=1 node] @1:1-1:56`,
			},
		},
		{
			name:   "env wrapper and assignments",
			script: "DEBIAN_FRONTEND=noninteractive env -i PATH=/bin apt-get -qq install x",
			want: []string{
				"apt-get [env -i PATH=/bin apt-get -qq install x] DEBIAN_FRONTEND=noninteractive @1:1-1:70",
			},
		},
		{
			name:   "redirections",
			script: "echo \"X=$(cat f)\" >> \"$GITHUB_ENV\"\nprintenv 2>/dev/null",
			want: []string{
				`echo [echo ~"X=$(cat f)"] >>"$GITHUB_ENV" @1:1-1:35`,
				"cat [cat f] depth1 @1:11-1:16",
				"printenv [printenv] 2>/dev/null @2:1-2:21",
			},
		},
		{
			name:   "control flow",
			script: "if [ -f x ]; then\n  chmod 777 x\nfi\nfor f in a b; do rm -rf \"$f\"; done",
			want: []string{
				"[ [[ -f x ]] @1:4-1:12",
				"chmod [chmod 777 x] @2:3-2:14",
				`rm [rm -rf ~"$f"] @4:18-4:29`,
			},
		},
		{
			name:   "masked expression",
			script: "echo ${{ github.event.issue.title }} ok",
			masked: [][2]int{{5, 36}},
			want: []string{
				"echo [echo ~${{ github.event.issue.title }} ok] @1:1-1:40",
			},
		},
		{
			name:   "non-literal program",
			script: "$TOOL build",
			want:   []string{" [~$TOOL build] @1:1-1:12"},
		},
		{
			name:   "redirection of a group",
			script: "{ echo A=1; echo B=2; } >> \"$GITHUB_ENV\"",
			want: []string{
				`echo [echo A=1] >>"$GITHUB_ENV" @1:3-1:11`,
				`echo [echo B=2] >>"$GITHUB_ENV" @1:13-1:21`,
			},
		},
		{
			name:   "three-stage pipe",
			script: "wget -qO- u | tee f | sh",
			want: []string{
				"wget [wget -qO- u] |tee @1:1-1:12",
				"tee [tee f] |sh @1:15-1:20",
				"sh [sh] @1:23-1:25",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Parse(tt.script, Options{Masked: tt.masked})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, summary(s)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	for name, script := range map[string]string{
		"unclosed quote":    "echo 'x",
		"too large":         strings.Repeat("a", MaxScript+1),
		"too deeply nested": strings.Repeat("$(", maxNesting+1) + strings.Repeat(")", maxNesting+1),
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := Parse(script, Options{}); err == nil {
				t.Fatal("want an error")
			}
		})
	}
}

func TestWordRanges(t *testing.T) {
	script := "docker login -u AWS -p \"$PW\" \\\n  https://r.example"
	s, err := Parse(script, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range s.Commands[0].Words {
		if got := script[w.Start.Offset:w.End.Offset]; !w.Literal && got != w.Value {
			t.Errorf("non-literal word %q spans %q", w.Value, got)
		}
	}
	last := s.Commands[0].Words[len(s.Commands[0].Words)-1]
	if last.Start != (Pos{Line: 2, Col: 3, Offset: 33}) || last.End != (Pos{Line: 2, Col: 20, Offset: 50}) {
		t.Errorf("last word at %+v-%+v", last.Start, last.End)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"apt-get update && apt-get install -y x",
		"curl x | sh", "a=$(b `c`) d <<EOF\nx\nEOF\n", "case $x in a) b;; esac",
		"f() { g | h; }; (i; j) &", "echo ${{ x }}",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, script string) {
		s, err := Parse(script, Options{Masked: [][2]int{{0, min(3, len(script))}}})
		if err != nil {
			return
		}
		for _, c := range s.Commands {
			for _, p := range []Pos{c.Start, c.End} {
				if p.Offset < 0 || p.Offset > len(script) {
					t.Fatalf("command position %+v outside the script", p)
				}
			}
			for _, w := range c.Words {
				if w.Start.Offset > w.End.Offset || w.End.Offset > len(script) {
					t.Fatalf("word %+v outside the script", w)
				}
			}
			if c.PipeTo >= len(s.Commands) {
				t.Fatalf("pipe target %d out of range", c.PipeTo)
			}
		}
	})
}
