package cloud

import (
	"testing"

	"github.com/shipgate/shipgate/internal/shared"
	"github.com/shipgate/shipgate/parsers/cloudformation"
	"github.com/shipgate/shipgate/scanner/model"
)

// TestSchemaRejectsUnknownFields makes sure the schema is closed: a view
// with a field the declaration lacks does not validate, so the engine's
// type check of policies rejects a misspelt field.
func TestSchemaRejectsUnknownFields(t *testing.T) {
	s := shared.CompileSchema(t, "aws", Schema())
	good := CloudFormation(testDoc(t, "Resources:\n  B: {Type: AWS::S3::Bucket}\n"), nil)
	if err := shared.Validate(s, good); err != nil {
		t.Fatalf("a real view does not validate: %v", err)
	}
	bad := CloudFormation(testDoc(t, "Resources:\n  B: {Type: AWS::S3::Bucket}\n"), nil)
	b := bad["s3"].(map[string]any)["buckets"].([]any)[0].(map[string]any)
	b["encryptoin"] = b["encryption"]
	if err := shared.Validate(s, bad); err == nil {
		t.Error("a view with a misspelt field validates")
	}
}

// TestEveryFieldIsRead checks the declaration: every attribute field of
// every collection with a CloudFormation origin says where CloudFormation
// writes it.
func TestEveryFieldIsRead(t *testing.T) {
	var check func(where string, fields []Field)
	check = func(where string, fields []Field) {
		for _, f := range fields {
			name := where + "." + f.Key
			switch f.Type {
			case Group:
				check(name, f.Fields)
			case Objects:
				if len(f.CFN.alts) == 0 && f.CFN.items == nil {
					t.Errorf("%s: no CloudFormation list path or items hook", name)
				}
				check(name, f.Fields)
			case Plain:
			default:
				if len(f.CFN.alts) == 0 && f.CFN.hook == nil {
					t.Errorf("%s: no CloudFormation path or hook", name)
				}
			}
		}
	}
	for _, c := range collections {
		if len(c.CFN) == 0 {
			continue // no CloudFormation resource (the account password policy)
		}
		check(c.Service+"."+c.Name, c.Fields)
	}
}

// testDoc parses a test template.
func testDoc(t *testing.T, src string) *model.Document {
	t.Helper()
	tmpl, err := (&cloudformation.Parser{}).ParseTemplate("t.yaml", []byte(src))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return tmpl.Doc
}

// TestKeys checks the format key each attribute records, for messages.
func TestKeys(t *testing.T) {
	v := CloudFormation(testDoc(t, `
Globals:
  Function:
    Tracing: Active
Resources:
  B:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration: {Status: Enabled}
  G:
    Type: AWS::EC2::SecurityGroup
    Properties:
      SecurityGroupIngress:
        - {IpProtocol: tcp, SourceSecurityGroupName: other}
  F:
    Type: AWS::Serverless::Function
  R:
    Type: AWS::IAM::Role
    Properties:
      Policies:
        - PolicyName: p
          PolicyDocument: {Statement: [{Effect: Allow, Action: "*", Resource: "*"}]}
  P:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      Stages:
        - Name: Deploy
          Actions: [{Name: A, RunOrder: 2}]
      ArtifactStore: {Type: S3, Location: b}
  Q:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      ArtifactStores:
        - Region: eu-west-1
          ArtifactStore: {Type: S3, Location: b}
`), nil)
	tests := map[string]string{
		"s3.buckets.0.versioning.enabled":                           "VersioningConfiguration.Status",
		"s3.buckets.0.deletion_policy":                              "DeletionPolicy",
		"ec2.security_group_rules.0.source_group":                   "SecurityGroupIngress[].SourceSecurityGroupName",
		"ec2.security_group_rules.0.cidr_ipv4":                      "SecurityGroupIngress[].CidrIp",
		"lambda.functions.0.tracing_mode":                           "Tracing",
		"iam.policies.0.name":                                       "Policies[].PolicyName",
		"iam.policies.0.statements.0.actions":                       "Policies[].PolicyDocument.Statement[].Action",
		"codepipeline.pipelines.0.stages.0.actions.0.run_order":     "Stages[].Actions[].RunOrder",
		"codepipeline.pipelines.0.artifact_stores.0.encryption_key": "ArtifactStore.EncryptionKey.Id",
		"codepipeline.pipelines.1.artifact_stores.0.encryption_key": "ArtifactStores[].ArtifactStore.EncryptionKey.Id",
		"codepipeline.pipelines.1.artifact_stores.0.region":         "ArtifactStores[].Region",
	}
	for path, want := range tests {
		a, ok := at(t, v, path).(map[string]any)
		if !ok {
			t.Errorf("%s: not an attribute", path)
			continue
		}
		if a["key"] != want {
			t.Errorf("%s: key %q, want %q", path, a["key"], want)
		}
	}
}
