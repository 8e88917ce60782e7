package cloud

import (
	"maps"
	"slices"

	"github.com/shipgate/shipgate/scanner/model"
)

// identityCollections are the collections of IAM beyond roles, users and groups, KMS, Secrets Manager, SSM.
var identityCollections = []*Collection{
	{
		Service: "iam", Name: "password_policies", Doc: "the account's IAM password policy for console users (`aws_iam_account_password_policy`); CloudFormation has no resource for it",
		TF: []Origin{{Types: []string{"aws_iam_account_password_policy"}}},
		Fields: []Field{
			{Key: "minimum_length", Type: Number, Default: 6.0, TF: Prop("minimum_password_length"),
				Doc: "6 when not set (UpdateAccountPasswordPolicy `MinimumPasswordLength`, checked 2026-12)"},
			{Key: "reuse_prevention", Type: Number, Default: 0.0, TF: Prop("password_reuse_prevention"),
				Doc: "how many previous passwords a user cannot reuse; 0 (reuse allowed) when not set (checked 2026-12)"},
			{Key: "max_age", Type: Number, Default: 0.0, TF: Prop("max_password_age"),
				Doc: "days a password is valid; 0 (passwords never expire) when not set (checked 2026-12)"},
			{Key: "require_lowercase", Type: Bool, Default: false, TF: Prop("require_lowercase_characters"), Doc: "false when not set (checked 2026-12)"},
			{Key: "require_uppercase", Type: Bool, Default: false, TF: Prop("require_uppercase_characters"), Doc: "false when not set (checked 2026-12)"},
			{Key: "require_numbers", Type: Bool, Default: false, TF: Prop("require_numbers"), Doc: "false when not set (checked 2026-12)"},
			{Key: "require_symbols", Type: Bool, Default: false, TF: Prop("require_symbols"), Doc: "false when not set (checked 2026-12)"},
		},
	},
	{
		Service: "iam", Name: "access_keys", Doc: "IAM access keys created by the template: long-lived credentials of a user",
		CFN: []Origin{{Types: []string{"AWS::IAM::AccessKey"}}},
		TF:  []Origin{{Types: []string{"aws_iam_access_key"}}},
		Fields: []Field{
			{Key: "user", Type: Ref, CFN: Prop("UserName"), TF: Prop("user"),
				Doc: "the user's address when it is a user of the document, else the name as written"},
			{Key: "status", Type: String, Default: "Active", CFN: Prop("Status"), TF: Prop("status"),
				Doc: "`Active` (the default: CreateAccessKey creates an active key, checked 2026-12) or `Inactive`"},
		},
	},
	{
		Service: "kms", Name: "keys", Doc: "KMS keys (`AWS::KMS::Key`, `aws_kms_key`)",
		CFN: []Origin{{Types: []string{"AWS::KMS::Key"}}},
		TF:  []Origin{{Types: []string{"aws_kms_key"}}},
		Fields: []Field{
			{Key: "description", Type: String, CFN: Prop("Description"), TF: Prop("description")},
			{Key: "rotation_enabled", Type: Bool, Default: false, CFN: Prop("EnableKeyRotation"), TF: Prop("enable_key_rotation"),
				Doc: "automatic rotation of the key material is off unless enabled (AWS::KMS::Key `EnableKeyRotation`, Terraform `enable_key_rotation`, both default false, checked 2026-12)"},
			{Key: "key_spec", Type: String, Default: "SYMMETRIC_DEFAULT", CFN: Prop("KeySpec"), TF: Prop("customer_master_key_spec"),
				Doc: "`SYMMETRIC_DEFAULT` (the default, checked 2026-12), `RSA_*`, `ECC_*`, `HMAC_*`, `SM2`; only symmetric encryption keys support automatic rotation"},
			{Key: "key_usage", Type: String, Default: "ENCRYPT_DECRYPT", CFN: Prop("KeyUsage"), TF: Prop("key_usage"),
				Doc: "`ENCRYPT_DECRYPT` (the default, checked 2026-12), `SIGN_VERIFY`, `GENERATE_VERIFY_MAC`, `KEY_AGREEMENT`"},
			{Key: "origin", Type: String, Default: "AWS_KMS", CFN: Prop("Origin"),
				TF:  Hook("`AWS_KMS`; `unknown` when `custom_key_store_id` or `xks_key_id` places the key in a custom key store (CloudHSM or external)", kmsOriginTF),
				Doc: "`AWS_KMS` (KMS generates the key material, the default, checked 2026-12) or `EXTERNAL` (imported material, which KMS cannot rotate)"},
			{Key: "deletion_window_days", Type: Number, Default: 30.0, CFN: Prop("PendingWindowInDays"), TF: Prop("deletion_window_in_days"),
				Doc: "days between scheduling the deletion of the key and its deletion, 7 to 30; 30 when not set (KMS ScheduleKeyDeletion, CloudFormation and Terraform, checked 2026-12)"},
			{Key: "policies", Type: Documents, Default: []any{},
				CFN: Hook("the `KeyPolicy` document", ownPolicyCFN("KeyPolicy")),
				TF:  Hook("the key's own `policy` and the `policy` of each `aws_kms_key_policy` whose `key_id` refers to it", resourcePoliciesTF("aws_kms_key_policy", "key_id")),
				Doc: "`[]`: KMS applies the default key policy, which gives the account (through IAM policies) full access to the key; `unknown` when an `aws_kms_key_policy` might target the key but its reference cannot be resolved"},
		},
	},
	{
		Service: "secretsmanager", Name: "secrets", Doc: "Secrets Manager secrets, with their rotation schedule and secret value when other resources set them",
		CFN: []Origin{{Types: []string{"AWS::SecretsManager::Secret"}}},
		TF:  []Origin{{Types: []string{"aws_secretsmanager_secret"}, Name: "name"}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("Name"), TF: Prop("name")},
			{Key: "kms_key", Type: Ref, CFN: Prop("KmsKeyId"), TF: Prop("kms_key_id"),
				Doc: "null: the secret is encrypted with the AWS managed key `aws/secretsmanager`"},
			{Key: "secret_string", Type: String, CFN: Prop("SecretString"),
				TF:  Via("aws_secretsmanager_secret_version", "secret_id", "secret_string"),
				Doc: "the secret value as written; null when it is not written (`GenerateSecretString`, or set outside the template)"},
			{Key: "policies", Type: Documents, Default: []any{},
				CFN: Hook("the `ResourcePolicy` of the `AWS::SecretsManager::ResourcePolicy` whose `SecretId` refers to the secret (by `Ref` or its literal `Name`); `unknown` when one's `SecretId` cannot be resolved", secretPolicyCFN),
				TF:  Hook("the `policy` of the `aws_secretsmanager_secret_policy` whose `secret_arn` refers to the secret, and the secret's own legacy `policy`", resourcePoliciesTF("aws_secretsmanager_secret_policy", "secret_arn")),
				Doc: "the resource policy documents; `[]` when there is none (only identity policies of the account grant access)"},
			{Key: "rotation", Type: Group, Fields: []Field{
				{Key: "enabled", Type: Bool, Default: false,
					CFN: Hook("whether an `AWS::SecretsManager::RotationSchedule` whose `SecretId` refers to the secret (by `Ref` or its literal `Name`) exists; `unknown` when one's `SecretId` cannot be resolved", secretRotationCFN("")),
					TF:  Via("aws_secretsmanager_secret_rotation", "secret_id", "").Present(),
					Doc: "a secret is not rotated unless a rotation schedule is configured (checked 2026-12)"},
				{Key: "after_days", Type: Number,
					CFN: Hook("`RotationRules.AutomaticallyAfterDays` of the secret's `AWS::SecretsManager::RotationSchedule`", secretRotationCFN("RotationRules.AutomaticallyAfterDays")),
					TF:  Via("aws_secretsmanager_secret_rotation", "secret_id", "rotation_rules[0].automatically_after_days"),
					Doc: "days between rotations; null when the schedule is an expression or there is none"},
				{Key: "schedule_expression", Type: String,
					CFN: Hook("`RotationRules.ScheduleExpression` of the secret's `AWS::SecretsManager::RotationSchedule`", secretRotationCFN("RotationRules.ScheduleExpression")),
					TF:  Via("aws_secretsmanager_secret_rotation", "secret_id", "rotation_rules[0].schedule_expression"),
					Doc: "`rate(...)` or `cron(...)`"},
			}},
		},
	},
	{
		Service: "ssm", Name: "parameters", Doc: "SSM Parameter Store parameters",
		CFN: []Origin{{Types: []string{"AWS::SSM::Parameter"}}},
		TF:  []Origin{{Types: []string{"aws_ssm_parameter"}}},
		Fields: []Field{
			{Key: "name", Type: String, CFN: Prop("Name"), TF: Prop("name"),
				Doc: "null in CloudFormation when not written: the name is generated"},
			{Key: "type", Type: String, CFN: Prop("Type"), TF: Prop("type"),
				Doc: "`String`, `StringList` or `SecureString`; CloudFormation cannot create a `SecureString` parameter (AWS::SSM::Parameter reference, checked 2026-12)"},
			{Key: "value", Type: String, CFN: Prop("Value"), TF: Prop("value|insecure_value")},
		},
	},
}

// kmsOriginTF is the origin of an aws_kms_key: KMS's own key material unless
// a custom key store holds it, whose kind the key does not say.
func kmsOriginTF(_ *adapter, r *reader, n node) Attr {
	for _, arg := range []string{"custom_key_store_id", "xks_key_id"} {
		if at := r.get(n, arg); at.kind != nAbsent {
			v := unknown(at.ptr)
			v.Key = arg
			return v
		}
	}
	v := dflt("AWS_KMS", r.dsrc(n.ptr))
	v.Key = "custom_key_store_id"
	return v
}

// secretRotationCFN reads the AWS::SecretsManager::RotationSchedule of a
// secret: with an empty path whether there is one, else the value at path
// in it (a number for AutomaticallyAfterDays, else a string).
func secretRotationCFN(path string) func(*adapter, *reader, node) Attr {
	return func(a *adapter, r *reader, _ node) Attr {
		sr, unknownRef := a.secretReferrer(r, "AWS::SecretsManager::RotationSchedule")
		key := "AWS::SecretsManager::RotationSchedule"
		if path != "" {
			key += "." + path
		}
		var v Attr
		switch {
		case sr == nil && unknownRef:
			v = unknown(r.ptr)
		case sr == nil && path == "":
			v = dflt(false, r.ptr)
		case sr == nil:
			v = dflt(nil, r.ptr)
		case path == "":
			v = written(true, sr.ptr)
		default:
			at := sr.steps(sr.props, Prop(path).alts[0])
			if path == "RotationRules.AutomaticallyAfterDays" {
				v = sr.num(at, nil)
			} else {
				v = sr.str(at, nil)
			}
			if v.State == Default {
				v.Src = at.ptr
				if at.kind == nAbsent {
					v.Src = sr.dsrc(at.ptr)
				}
			}
		}
		v.Key = key
		return v
	}
}

// secretReferrer finds the resource of type typ (a rotation schedule, a
// resource policy) whose SecretId refers to the secret r reads: a Ref or
// GetAtt to it, or its literal Name. unknownRef is true when one's SecretId
// cannot be resolved and might be it.
func (a *adapter) secretReferrer(r *reader, typ string) (sr *reader, unknownRef bool) {
	name := r.get(r.props, "Name")
	for _, id := range slices.Sorted(maps.Keys(a.resources)) {
		res, ok := a.resources[id].(map[string]any)
		if !ok || a.falseCond[id] || a.resourceType(id) != typ {
			continue
		}
		ptr := a.resPtrs[id]
		if ptr == "" {
			ptr = "/Resources/" + model.PointerToken(id)
		}
		cand := &reader{id: id, typ: typ, ptr: ptr, propsPtr: ptr + "/Properties", res: node{v: res, ptr: ptr, kind: nValue}}
		cand.props = cand.get(cand.res, "Properties")
		target := cand.get(cand.props, "SecretId")
		switch target.kind {
		case nUnknown:
			if ref, ok := a.refID(target.v); ok {
				if ref == r.id {
					return cand, false
				}
				continue
			}
			unknownRef = true
		case nValue:
			s, _ := target.v.(string)
			switch name.kind {
			case nValue:
				if s == name.v {
					return cand, false
				}
			case nUnknown:
				unknownRef = true
			}
		}
	}
	return nil, unknownRef
}

// secretPolicyCFN reads the resource policy of a secret from the
// AWS::SecretsManager::ResourcePolicy that targets it.
func secretPolicyCFN(a *adapter, r *reader, _ node) Attr {
	pr, unknownRef := a.secretReferrer(r, "AWS::SecretsManager::ResourcePolicy")
	var v Attr
	switch {
	case pr != nil:
		if d := a.policyDoc(pr, pr.get(pr.props, "ResourcePolicy"), "AWS::SecretsManager::ResourcePolicy.ResourcePolicy"); d != nil {
			v = written([]any{d.toMap()}, d.Src)
		} else {
			v = dflt([]any{}, r.ptr)
		}
	case unknownRef:
		v = unknown(r.ptr)
	default:
		v = dflt([]any{}, r.ptr)
	}
	v.Key = "AWS::SecretsManager::ResourcePolicy.ResourcePolicy"
	return v
}
