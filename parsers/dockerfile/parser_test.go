package dockerfile

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/scanner/model"
)

func rng(l1, c1, l2, c2 int) model.Range {
	return model.Range{File: "Dockerfile", Start: model.Pos{Line: l1, Col: c1}, End: model.Pos{Line: l2, Col: c2}}
}

// TestRanges asserts the whole range of the pointers findings are placed
// on: instructions, flags, arguments, image tags and digests, heredocs and
// the shell commands inside RUN, across continuation lines, comments,
// heredocs and CRLF.
func TestRanges(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want map[string]model.Range
	}{
		{
			name: "continuation with a comment line",
			src:  "FROM alpine:3.20@sha256:abc AS b\nRUN --mount=type=cache,target=/x apk add curl && \\\n    # note\n    curl -k https://x | sh\n",
			want: map[string]model.Range{
				"/instructions/0":                rng(1, 1, 1, 33),
				"/instructions/0/args/0":         rng(1, 6, 1, 28),
				"/instructions/0/args/0/tag":     rng(1, 13, 1, 17),
				"/instructions/0/args/0/digest":  rng(1, 18, 1, 28),
				"/instructions/0/args/2":         rng(1, 32, 1, 33),
				"/instructions/1":                rng(2, 1, 4, 27),
				"/instructions/1/cmd":            rng(2, 1, 2, 4),
				"/instructions/1/flags/0":        rng(2, 5, 2, 33),
				"/instructions/1/args/0":         rng(2, 34, 4, 27),
				"/instructions/1/args/0/0":       rng(2, 34, 2, 46),
				"/instructions/1/args/0/0/2":     rng(2, 42, 2, 46),
				"/instructions/1/args/0/1":       rng(4, 5, 4, 22),
				"/instructions/1/args/0/1/1":     rng(4, 10, 4, 12),
				"/instructions/1/args/0/2":       rng(4, 25, 4, 27),
				"/instructions/1/heredocs":       rng(2, 1, 4, 27),
				"/instructions/1/args":           rng(2, 34, 4, 27),
				"/instructions/1/original":       rng(2, 1, 4, 27),
				"/instructions/0/cmd":            rng(1, 1, 1, 5),
				"/instructions/0/args/1":         rng(1, 29, 1, 31),
				"/instructions/0/original":       rng(1, 1, 1, 33),
				"/instructions/0/heredocs":       rng(1, 1, 1, 33),
				"/instructions/0/flags":          rng(1, 1, 1, 33),
				"/instructions/0/args":           rng(1, 6, 1, 33),
				"/instructions/0/json":           rng(1, 6, 1, 33),
				"/instructions/1/flags":          rng(2, 1, 4, 27),
				"/instructions/1/json":           rng(2, 34, 4, 27),
				"/instructions/1/args/0/0/0":     rng(2, 34, 2, 37),
				"/instructions/1/args/0/0/1":     rng(2, 38, 2, 41),
				"/instructions/1/args/0/1/0":     rng(4, 5, 4, 9),
				"/instructions/1/args/0/1/2":     rng(4, 13, 4, 22),
				"/instructions/1/args/0/2/0":     rng(4, 25, 4, 27),
				"/instructions/1/args/0/0/redir": {},
			},
		},
		{
			name: "heredoc script and ENV pairs, CRLF",
			src:  "FROM x\r\nENV A=1 B=\"two words\"\r\nRUN <<EOF\r\nset -e\r\napt-get install -y y\r\nEOF\r\n",
			want: map[string]model.Range{
				"/instructions/1/args/0":                 rng(2, 5, 2, 6),
				"/instructions/1/args/1":                 rng(2, 7, 2, 8),
				"/instructions/1/args/4":                 rng(2, 11, 2, 22),
				"/instructions/2":                        rng(3, 1, 6, 4),
				"/instructions/2/heredocs/0/content":     rng(4, 1, 5, 21),
				"/instructions/2/heredocs/0/content/1":   rng(5, 1, 5, 21),
				"/instructions/2/heredocs/0/content/1/2": rng(5, 17, 5, 19),
			},
		},
		{
			name: "exec form",
			src:  "FROM x\nCMD [\"sudo\", \"run\"]\n",
			want: map[string]model.Range{
				"/instructions/1/args/0": rng(2, 6, 2, 12),
				"/instructions/1/args/1": rng(2, 14, 2, 19),
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Parse("Dockerfile", []byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, tc.name, []byte(tc.src), doc)
			got := map[string]model.Range{}
			for k, want := range tc.want {
				if want == (model.Range{}) {
					continue // documents that the pointer does not exist
				}
				got[k] = doc.Source[k]
			}
			want := map[string]model.Range{}
			for k, v := range tc.want {
				if v != (model.Range{}) {
					want[k] = v
				}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("ranges (-want +got):\n%s", diff)
			}
		})
	}
}

// TestView checks the model of a multi-stage file: ARG substitution in
// FROM, stage references, USER inheritance, the final stage, unknowns.
func TestView(t *testing.T) {
	src := "ARG TAG=3.20\nARG REG\nFROM alpine:${TAG} AS Base\nUSER app\nEXPOSE 8080\nFROM base\nFROM ${REG}/x:1\nUSER ${U}\nFROM scratch\n"
	doc, err := Parse("Dockerfile", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	stages := doc.View["stages"].([]any)
	type st struct {
		Name, Value, Tag, User string
		Known, UserSet, Final  bool
		Stage, UserStage       int
		Expose                 int
	}
	var got []st
	for _, x := range stages {
		s := x.(map[string]any)
		f := s["from"].(map[string]any)
		u := s["user"].(map[string]any)
		got = append(got, st{
			Name: s["name"].(string), Value: f["value"].(string), Tag: f["tag"].(string), User: u["value"].(string),
			Known: f["known"].(bool), UserSet: u["set"].(bool), Final: s["final"].(bool),
			Stage: f["stage"].(int), UserStage: u["stage"].(int), Expose: len(s["expose"].([]any)),
		})
	}
	want := []st{
		{Name: "Base", Value: "alpine:3.20", Tag: "3.20", User: "app", Known: true, UserSet: true, Stage: -1, UserStage: 0, Expose: 1},
		{Name: "", Value: "base", User: "app", Known: true, UserSet: true, Stage: 0, UserStage: 0, Expose: 1},
		{Name: "", Value: "/x:1", User: "", Known: false, UserSet: true, Stage: -1, UserStage: 2},
		{Name: "", Value: "scratch", Known: true, Stage: -1, UserStage: 3, Final: true},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("stages (-want +got):\n%s", diff)
	}
}

func TestMatchDetect(t *testing.T) {
	var r Reader
	for name, want := range map[string]bool{
		"Dockerfile": true, "dockerfile": true, "Dockerfile.prod": true, "Dockerfile-alpine.template": true,
		"app.Dockerfile": true, "x.dockerfile": true, "Containerfile": true, "Containerfile.dev": true,
		"Dockerfile.dockerignore": false, ".dockerignore": false, "docker-compose.yml": false, "Makefile": false,
	} {
		if got := r.Match(name); got != want {
			t.Errorf("Match(%q) = %v, want %v", name, got, want)
		}
	}
	for src, want := range map[string]model.Detection{
		"# syntax=docker/dockerfile:1\n\nFROM alpine\n": model.Claimed,
		"ARG X\nFROM x\n":                   model.Claimed,
		"package main\n":                    model.NotClaimed,
		"# Dockerfile notes\n\nSome text\n": model.NotClaimed,
		"":                                  model.NotClaimed,
	} {
		if got := r.Detect("Dockerfile", []byte(src)); got != want {
			t.Errorf("Detect(%q) = %v, want %v", src, got, want)
		}
	}
	if got := r.Detect("Dockerfile.template", []byte("{{ include \"x\" }}\nFROM {{ .base }}\n")); got != model.Claimed {
		t.Errorf("template: Detect = %v, want Claimed", got)
	}
}

// TestUnknownCommands checks the cases where shell commands are not read:
// a backtick escape, a Windows base image, SHELL powershell.
func TestUnknownCommands(t *testing.T) {
	for name, src := range map[string]string{
		"backtick escape": "# escape=`\nFROM alpine\nRUN echo `\n  hi\n",
		"windows image":   "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir c:\\\n",
		"powershell":      "FROM alpine\nSHELL [\"pwsh\", \"-c\"]\nRUN Get-Item x\n",
	} {
		doc, err := Parse("Dockerfile", []byte(src))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		ins := doc.View["instructions"].([]any)
		run := ins[len(ins)-1].(map[string]any)
		if run["commands_known"] != false || len(run["commands"].([]any)) != 0 {
			t.Errorf("%s: commands_known %v, %d commands; want unknown", name, run["commands_known"], len(run["commands"].([]any)))
		}
	}
}

func TestParseErrors(t *testing.T) {
	for src, want := range map[string]string{
		"":                                "Dockerfile: file with no instructions",
		"FROM x\nRUN <<EOF\nnever ends\n": "Dockerfile:2:1: unterminated heredoc",
	} {
		_, err := Parse("Dockerfile", []byte(src))
		if err == nil || err.Error() != want {
			t.Errorf("Parse(%q) = %v, want %q", src, err, want)
		}
	}
}
