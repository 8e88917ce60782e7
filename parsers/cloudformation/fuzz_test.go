package cloudformation

import (
	"bytes"
	"strconv"
	"testing"

	"github.com/shipgate/shipgate/scanner/model"
)

// checkRanges fails when a range lies outside src: lines are 1..number of
// LF-separated lines, columns 1..line length+1, and start <= end.
func checkRanges(t *testing.T, name string, src []byte, source map[string]model.Range) {
	t.Helper()
	lines := bytes.Split(src, []byte("\n"))
	in := func(p model.Pos) bool {
		return p.Line >= 1 && p.Line <= len(lines) && p.Col >= 1 && p.Col <= len(lines[p.Line-1])+1
	}
	for ptr, r := range source {
		before := r.Start.Line < r.End.Line || (r.Start.Line == r.End.Line && r.Start.Col <= r.End.Col)
		if !in(r.Start) || !in(r.End) || !before {
			t.Errorf("%s: range of %q is %d:%d-%d:%d, outside the source", name, ptr, r.Start.Line, r.Start.Col, r.End.Line, r.End.Col)
		}
	}
}

// docRanges returns every range of a document: its source map, and the
// ranges of its notes and errors under "note N" and "error N".
func docRanges(doc *model.Document) map[string]model.Range {
	out := make(map[string]model.Range, len(doc.Source)+len(doc.Notes)+len(doc.Errors))
	for k, r := range doc.Source {
		out[k] = r
	}
	for i, n := range doc.Notes {
		out["note "+strconv.Itoa(i)] = n.Range
	}
	for i, e := range doc.Errors {
		if e.Range != nil {
			out["error "+strconv.Itoa(i)] = *e.Range
		}
	}
	return out
}

func FuzzParse(f *testing.F) {
	seeds := []string{
		"",
		"AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  B:\n    Type: AWS::S3::Bucket\n",
		"Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      Name: !Sub '${AWS::Region}-x'\n      D: |\n        a\n        b\n",
		`{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"N": {"Fn::If": ["C", 1, {"Ref": "AWS::NoValue"}]}}}}}`,
		"Conditions:\n  C: !Equals [!Ref P, x]\nParameters:\n  P: {Type: String, Default: x}\nResources:\n  R:\n    Type: AWS::SNS::Topic\n    Condition: C\n",
		"a: &x [1, *x]\n",
		"Resources:\n  R:\n    Type: AWS::SNS::Topic\n    Properties:\n      A: >-\n        folded\n\n        text\n      B: plain\n        continued\n",
		"a: \"multi\n  line\"\nb: 'it''s'\n",
		"- !GetAtt A.B.C\n- !Ref\n- !Select [0, [a, b]]\n",
		"Resources:\n  A: {Type: AWS::SNS::Topic}\n  B:\n    Type: !Ref AWS::Region\n  C: [x]\n  D:\n    Type:\n      Rain::Module: m.yaml\n  A: {Type: AWS::SQS::Queue, Properties: {X: 1, X: 2}}\n",
		`{"Resources": {"A": {"Type": "AWS::SNS::Topic", "Type": "AWS::SQS::Queue"}, "Fn::ForEach::L": ["X", ["a"], {}]}}`,
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		p := &Parser{Params: map[string]string{"P": "x"}}
		doc, err := p.parse("fuzz.yaml", src) // parse, not Parse: a panic must fail
		Detect(src)
		if err != nil {
			return
		}
		checkRanges(t, "fuzz", src, docRanges(doc.Doc))
	})
}
