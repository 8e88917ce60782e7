package scanner

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/shipgate/shipgate/parsers/cloud"
	"github.com/shipgate/shipgate/parsers/cloudformation"
)

var fuzzSeeds = []string{
	sgTemplate,
	"AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  B:\n    Type: AWS::S3::Bucket\n",
	`{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": {"Fn::Join": ["-", ["a", {"Ref": "AWS::Region"}]]}}}}}`,
	"Parameters:\n  P: {Type: CommaDelimitedList, Default: 'a,b'}\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      Tags: !Split [',', !Join [',', !Ref P]]\n",
	"Resources:\n  P:\n    Type: AWS::CodeBuild::Project\n    Properties:\n      Environment:\n        EnvironmentVariables:\n          - {Name: DB_PASSWORD, Value: &v hunter2}\n          - {Name: API_TOKEN, Value: *v}\n",
	"Conditions:\n  C: !Equals [!Ref AWS::Region, us-east-1]\nResources:\n  G:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      SecurityGroupIngress: !If [C, [{CidrIp: 0.0.0.0/0, FromPort: 22, ToPort: 22, IpProtocol: tcp}], !Ref AWS::NoValue]\n",
	"a: &a [x, *a]\n",
	"\xff\xfeR\x00e\x00",
	"# Resources AWS::\n{{ .Values }}\n",
}

// FuzzParseAdapt runs the CloudFormation parser and the AWS adapter, the
// entry points the scanner uses, on arbitrary templates: no panic, and a
// view that converts to JSON for the policies.
func FuzzParseAdapt(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		cloudformation.Detect(src)
		cloudformation.MaybeTemplate(src)
		tpl, err := (&cloudformation.Parser{Params: map[string]string{"P": "x,y"}}).ParseTemplate("t.yaml", src)
		if err != nil {
			return
		}
		doc := tpl.Doc
		doc.View = cloud.CloudFormation(doc, tpl.FalseConditionResources)
		if _, err := json.Marshal(regoInput(doc)); err != nil {
			t.Fatalf("policy input does not convert to JSON: %v", err)
		}
	})
}

// FuzzScan runs the scanner's whole path for one file (read, detect,
// parse, adapt, evaluate, place) on arbitrary content: no panic, no error
// of the scan itself, every finding inside the source, every file either
// scanned or reported.
func FuzzScan(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	s := newScanner(f, Options{})
	dir := f.TempDir()
	path := filepath.Join(dir, "t.yaml")
	f.Fuzz(func(t *testing.T, src []byte) {
		if err := os.WriteFile(path, src, 0o644); err != nil {
			t.Fatal(err)
		}
		res, err := s.Scan(context.Background(), []string{path})
		if err != nil {
			t.Fatalf("Scan: %v", err)
		}
		if len(res.Scanned)+len(res.Errors) == 0 {
			t.Fatal("the file was neither scanned nor reported")
		}
		for _, e := range res.Errors {
			if e.Kind == "internal" {
				t.Fatalf("internal error: %s", e.Message)
			}
		}
		text, ok := res.Sources[filepath.ToSlash(path)]
		if !ok && len(res.Findings) > 0 {
			t.Fatal("findings without their source")
		}
		lines := bytes.Split(text, []byte("\n"))
		for _, fd := range res.Findings {
			r := fd.Range
			if r.Start.Line < 1 || r.Start.Line > len(lines) || r.Start.Col < 1 || r.Start.Col > len(lines[r.Start.Line-1])+1 {
				t.Errorf("finding %s at %d:%d, outside the source", fd.RuleID, r.Start.Line, r.Start.Col)
			}
		}
	})
}
