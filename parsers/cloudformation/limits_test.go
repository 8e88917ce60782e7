package cloudformation

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/scanner/model"
)

// posOf is the position of the nth occurrence of sub in src (the first
// when nth is 0).
func posOf(t *testing.T, src, sub string, nth int) model.Pos {
	t.Helper()
	i := -1
	for range max(nth, 1) {
		j := strings.Index(src[i+1:], sub)
		if j < 0 {
			t.Fatalf("%q not in the source %d times", sub, nth)
		}
		i += 1 + j
	}
	line := strings.Count(src[:i], "\n") + 1
	return model.Pos{Line: line, Col: i - strings.LastIndexByte(src[:i], '\n')}
}

const topic = "Resources:\n  R:\n    Type: AWS::SNS::Topic\n    Properties:\n"

// bigParam declares parameter P with a default of n bytes.
func bigParam(n int) string {
	return "Parameters:\n  P:\n    Type: String\n    Default: " + strings.Repeat("x", n) + "\n"
}

func repeat(s, sep string, n int) string {
	return strings.TrimSuffix(strings.Repeat(s+sep, n), sep)
}

// TestLimits builds hostile templates of every class issue 6 lists, at
// their real sizes, and checks each is a LimitError at the construct that
// exceeded its budget: never an out-of-memory crash.
func TestLimits(t *testing.T) {
	const mb = 1 << 20
	evalMsg := func(fn string) string {
		return fn + ": intrinsic functions evaluate to more than 1000000 values or 64 MB of text, the budget for a template; the template is not checked"
	}
	tests := []struct {
		name string
		src  string
		at   string // where the error is: the nth occurrence of this
		nth  int
		msg  string
	}{
		{
			// Every reference counts the value it stands for.
			name: "Fn::Join repeating a 1 MB parameter 20,000 times",
			src:  bigParam(mb) + topic + "      TopicName: !Join ['', [" + repeat("!Ref P", ", ", 20000) + "]]\n",
			at:   "!Ref P",
			nth:  65,
			msg:  evalMsg("Ref"),
		},
		{
			name: "Fn::Join of 40 references to a 1 MB parameter",
			src:  bigParam(mb) + topic + "      TopicName: !Join ['', [" + repeat("!Ref P", ", ", 40) + "]]\n",
			at:   "TopicName",
			msg:  evalMsg("Fn::Join"),
		},
		{
			name: "Fn::Sub with 20,000 references to a 1 MB parameter",
			src:  bigParam(mb) + topic + "      TopicName: !Sub '" + strings.Repeat("${P}", 20000) + "'\n",
			at:   "TopicName",
			msg:  evalMsg("Fn::Sub"),
		},
		{
			name: "Fn::Sub keeping 20,000 references when one is unknown",
			src:  bigParam(mb) + topic + "      TopicName: !Sub '${AWS::AccountId}" + strings.Repeat("${P}", 20000) + "'\n",
			at:   "TopicName",
			msg:  evalMsg("Fn::Sub"),
		},
		{
			name: "1M-item CommaDelimitedList referenced 300 times",
			src: "Parameters:\n  L:\n    Type: CommaDelimitedList\n    Default: " + repeat("a", ",", 1_000_000) + "\n" + topic +
				func() string {
					var b strings.Builder
					for i := range 300 {
						b.WriteString("      P" + strings.Repeat("x", i) + ": !Ref L\n")
					}
					return b.String()
				}(),
			at:  "P: !Ref",
			msg: evalMsg("Ref"),
		},
		{
			name: "Fn::Split into more than a million items",
			src:  bigParam(0) + topic + "      Items: !Split [',', '" + strings.Repeat(",", 1_000_001) + "']\n",
			at:   "Items",
			msg:  evalMsg("Fn::Split"),
		},
		{
			name: "Fn::ToJsonString of 40 references to a 1 MB parameter",
			src:  bigParam(mb) + topic + "      Doc: !ToJsonString [" + repeat("!Ref P", ", ", 40) + "]\n",
			at:   "Doc",
			msg:  evalMsg("Fn::ToJsonString"),
		},
		{
			name: "Fn::FindInMap of a large map, 100 times",
			src: "Mappings:\n  M:\n    K:\n      V: [" + repeat("a", ",", 20000) + "]\n" + topic + func() string {
				var b strings.Builder
				for i := range 100 {
					b.WriteString("      F" + strings.Repeat("x", i) + ": !FindInMap [M, K, V]\n")
				}
				return b.String()
			}(),
			at:  "F" + strings.Repeat("x", 49) + ":",
			msg: evalMsg("Fn::FindInMap"),
		},
		{
			name: "billion laughs",
			src:  "a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\n",
			at:   "*d",
			nth:  8,
			msg:  "aliases expand to more than 100000 nodes; the template is not checked",
		},
		{
			name: "50,000 aliases of a 1 MB scalar",
			src:  topic + "      A: &a " + strings.Repeat("y", mb) + "\n      B:\n" + strings.Repeat("        - *a\n", 50000),
			at:   "*a",
			nth:  17,
			msg:  "aliases expand to more than 16 MB of text; the template is not checked",
		},
		{
			name: "nesting 600 levels deep",
			src:  "a: " + strings.Repeat("[", 600) + strings.Repeat("]", 600) + "\n",
			at:   "[",
			nth:  500,
			msg:  "mappings and sequences nest deeper than 500 levels; the template is not checked",
		},
		{
			name: "nesting 600 levels deep through aliases",
			src:  "a: &a " + strings.Repeat("[", 300) + strings.Repeat("]", 300) + "\nb: " + strings.Repeat("[", 250) + "*a" + strings.Repeat("]", 250) + "\n",
			at:   "*a",
			msg:  "mappings and sequences nest deeper than 500 levels; the template is not checked",
		},
		{
			name: "5,001 resources",
			src: "Resources:\n" + func() string {
				var b strings.Builder
				for i := range 5001 {
					b.WriteString("  B" + strconv.Itoa(i) + ": {Type: AWS::S3::Bucket}\n")
				}
				return b.String()
			}(),
			at:  "Resources:",
			msg: "the template has more than 5000 resources (CloudFormation accepts 500); the template is not checked",
		},
		{
			name: "16 MB flat list: too many values to decode",
			src:  "a: [" + repeat("1", ",", 8<<20) + "]\n",
			at:   "a",
			msg:  "the template holds more than 1000000 values; the template is not checked",
		},
		{
			name: "a million and one values",
			src:  "a: [" + repeat("1", ",", 1_000_000) + "]\n",
			at:   "1,1]",
			msg:  "the template holds more than 1000000 values; the template is not checked",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := (&Parser{}).ParseTemplate("t.yaml", []byte(tt.src))
			var le *LimitError
			if !errors.As(err, &le) {
				t.Fatalf("got %v, want a *LimitError", err)
			}
			want := LimitError{Path: "t.yaml", Pos: posOf(t, tt.src, tt.at, tt.nth), Msg: tt.msg}
			if diff := cmp.Diff(want, *le); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestWithinLimits: the largest uses of each construct that fit are
// evaluated as before.
func TestWithinLimits(t *testing.T) {
	src := bigParam(1000) + topic +
		"      Joined: !Join ['', [" + repeat("!Ref P", ", ", 1000) + "]]\n" +
		"      Subbed: !Sub '" + strings.Repeat("${P}", 1000) + "'\n" +
		"      A: &a [x, y]\n" +
		"      Aliases: [" + repeat("*a", ", ", 33000) + "]\n"
	tpl := mustParse(t, src, nil)
	props := at(t, tpl.Doc.Raw, "Resources", "R", "Properties").(map[string]any)
	if got := len(props["Joined"].(string)); got != 1000*1000 {
		t.Errorf("Joined has %d bytes, want 1000000", got)
	}
	if got := len(props["Subbed"].(string)); got != 1000*1000 {
		t.Errorf("Subbed has %d bytes, want 1000000", got)
	}
	if got := len(props["Aliases"].([]any)); got != 33000 {
		t.Errorf("Aliases has %d items, want 33000", got)
	}
	if diff := cmp.Diff(rng(11, 14, 11, 15), tpl.Doc.Source["/Resources/R/Properties/Aliases/1/0"]); diff != "" {
		t.Errorf("range inside an alias (-want +got):\n%s", diff)
	}
}

// TestAliasesOnOneLine: 99,000 aliases on one 2 MB line parse, each with
// the range of its alias. (Position lookup used to walk the line from its
// start for every alias: minutes for this file.)
func TestAliasesOnOneLine(t *testing.T) {
	const anchor = "anchor1234567890"
	src := topic + "      A: &" + anchor + " x\n      B: [" + repeat("*"+anchor, ", ", 99000) + "]\n"
	tpl := mustParse(t, src, nil)
	items := at(t, tpl.Doc.Raw, "Resources", "R", "Properties", "B").([]any)
	if len(items) != 99000 {
		t.Fatalf("B has %d items, want 99000", len(items))
	}
	col := len("      B: [") + 1 + 98999*len(", *"+anchor)
	want := model.Range{File: "t.yaml", Start: model.Pos{Line: 6, Col: col}, End: model.Pos{Line: 6, Col: col + len(anchor) + 1}}
	if diff := cmp.Diff(want, tpl.Doc.Source["/Resources/R/Properties/B/98999"]); diff != "" {
		t.Errorf("range of the last alias (-want +got):\n%s", diff)
	}
}
