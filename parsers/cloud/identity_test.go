package cloud

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestIdentityCFN checks the hooks of the identity collections on
// CloudFormation: rotation schedules and resource policies joined to their
// secret, key policies, access key defaults.
func TestIdentityCFN(t *testing.T) {
	v := adapt(t, `
Parameters:
  Other: {Type: String}
Resources:
  ByRef: {Type: AWS::SecretsManager::Secret}
  ByRefRotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: {Ref: ByRef}
      RotationRules: {AutomaticallyAfterDays: 30}
  ByName: {Type: AWS::SecretsManager::Secret, Properties: {Name: app/api}}
  ByNameRotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: app/api
      RotationRules: {ScheduleExpression: rate(10 days)}
  ByNamePolicy:
    Type: AWS::SecretsManager::ResourcePolicy
    Properties:
      SecretId: app/api
      ResourcePolicy: {Statement: [{Effect: Allow, Principal: "*", Action: "secretsmanager:GetSecretValue", Resource: "*"}]}
  Plain: {Type: AWS::SecretsManager::Secret, Properties: {Name: app/plain}}
  Key: {Type: AWS::KMS::Key, Properties: {EnableKeyRotation: true, PendingWindowInDays: 7}}
  AccessKey: {Type: AWS::IAM::AccessKey, Properties: {UserName: {Ref: User}}}
  User: {Type: AWS::IAM::User}`, nil)
	got := map[string]any{
		"byname rotation":   at(t, v, "secretsmanager.secrets.0.rotation.enabled"),
		"byname expression": at(t, v, "secretsmanager.secrets.0.rotation.schedule_expression"),
		"byname days":       at(t, v, "secretsmanager.secrets.0.rotation.after_days"),
		"byname policies":   at(t, v, "secretsmanager.secrets.0.policies.state"),
		"byref rotation":    at(t, v, "secretsmanager.secrets.1.rotation.enabled"),
		"byref days":        at(t, v, "secretsmanager.secrets.1.rotation.after_days"),
		"byref policies":    at(t, v, "secretsmanager.secrets.1.policies"),
		"plain rotation":    at(t, v, "secretsmanager.secrets.2.rotation.enabled"),
		"key rotation":      at(t, v, "kms.keys.0.rotation_enabled"),
		"key window":        at(t, v, "kms.keys.0.deletion_window_days"),
		"key policies":      at(t, v, "kms.keys.0.policies"),
		"key origin":        at(t, v, "kms.keys.0.origin"),
		"access key user":   at(t, v, "iam.access_keys.0.user"),
		"access key status": at(t, v, "iam.access_keys.0.status"),
	}
	want := map[string]any{
		"byname rotation":   w(true, "/Resources/ByNameRotation"),
		"byname expression": w("rate(10 days)", "/Resources/ByNameRotation/Properties/RotationRules/ScheduleExpression"),
		"byname days":       d(nil, "/Resources/ByNameRotation/Properties/RotationRules"),
		"byname policies":   "written",
		"byref rotation":    w(true, "/Resources/ByRefRotation"),
		"byref days":        w(30.0, "/Resources/ByRefRotation/Properties/RotationRules/AutomaticallyAfterDays"),
		"byref policies":    d([]any{}, "/Resources/ByRef"),
		"plain rotation":    d(false, "/Resources/Plain"),
		"key rotation":      w(true, "/Resources/Key/Properties/EnableKeyRotation"),
		"key window":        w(7.0, "/Resources/Key/Properties/PendingWindowInDays"),
		"key policies":      d([]any{}, "/Resources/Key"),
		"key origin":        d("AWS_KMS", "/Resources/Key"),
		"access key user":   w("User", "/Resources/AccessKey/Properties/UserName"),
		"access key status": d("Active", "/Resources/AccessKey"),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestIdentityCFNUnresolvedSecretTarget: a rotation schedule or resource
// policy whose SecretId is a parameter might target any secret.
func TestIdentityCFNUnresolvedSecretTarget(t *testing.T) {
	v := adapt(t, `
Parameters:
  Target: {Type: String}
Resources:
  S: {Type: AWS::SecretsManager::Secret, Properties: {Name: app/db}}
  R: {Type: AWS::SecretsManager::RotationSchedule, Properties: {SecretId: {Ref: Target}}}
  P: {Type: AWS::SecretsManager::ResourcePolicy, Properties: {SecretId: {Ref: Target}, ResourcePolicy: {Statement: []}}}`, nil)
	for path, want := range map[string]any{
		"secretsmanager.secrets.0.rotation.enabled":    u("/Resources/S"),
		"secretsmanager.secrets.0.rotation.after_days": u("/Resources/S"),
		"secretsmanager.secrets.0.policies":            u("/Resources/S"),
	} {
		if diff := cmp.Diff(want, at(t, v, path)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", path, diff)
		}
	}
}

// TestIdentityTF checks the Terraform hooks: key policies from
// aws_kms_key_policy, custom key stores, rotation and policies of secrets
// from their split resources.
func TestIdentityTF(t *testing.T) {
	v := adaptTF(t, map[string]string{"m/main.tf": `
variable "store" { type = string }
variable "target" { type = string }

resource "aws_kms_key" "k" {}
resource "aws_kms_key_policy" "k" {
  key_id = aws_kms_key.k.id
  policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "kms:*", Resource = "*" }] })
}
resource "aws_kms_key" "hsm" {
  custom_key_store_id = var.store
}

resource "aws_secretsmanager_secret" "s" {
  name = "app/db"
}
resource "aws_secretsmanager_secret_rotation" "s" {
  secret_id = aws_secretsmanager_secret.s.id
  rotation_rules {
    automatically_after_days = 120
  }
}
resource "aws_secretsmanager_secret_policy" "s" {
  secret_arn = aws_secretsmanager_secret.s.arn
  policy     = jsonencode({ Statement = [] })
}
resource "aws_secretsmanager_secret_version" "s" {
  secret_id     = aws_secretsmanager_secret.s.id
  secret_string = var.target
}
`})
	stripKeys(v)
	for path, want := range map[string]any{
		"kms.keys.0.origin":                            u("/resources/aws_kms_key.hsm/values/custom_key_store_id"),
		"kms.keys.1.origin":                            d("AWS_KMS", "/resources/aws_kms_key.k"),
		"kms.keys.1.policies.state":                    "written",
		"kms.keys.1.policies.src":                      "/resources/aws_kms_key_policy.k/values/policy",
		"kms.keys.0.policies":                          d([]any{}, "/resources/aws_kms_key.hsm"),
		"secretsmanager.secrets.0.rotation.enabled":    w(true, "/resources/aws_secretsmanager_secret_rotation.s/values"),
		"secretsmanager.secrets.0.rotation.after_days": w(120.0, "/resources/aws_secretsmanager_secret_rotation.s/values/rotation_rules/0/automatically_after_days"),
		"secretsmanager.secrets.0.policies.state":      "written",
		"secretsmanager.secrets.0.secret_string":       u("/resources/aws_secretsmanager_secret_version.s/values/secret_string"),
		"secretsmanager.secrets.0.kms_key":             d(nil, "/resources/aws_secretsmanager_secret.s"),
	} {
		if diff := cmp.Diff(want, at(t, v, path)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", path, diff)
		}
	}
}
