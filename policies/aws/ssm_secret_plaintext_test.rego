package shipgate.aws.ssm_secret_plaintext_test

import data.shipgate.aws.ssm_secret_plaintext as policy
import data.shipgate.lib.testing as t

param(id, name, type, value) := object.union(t.res(id, "AWS::SSM::Parameter"), {
	"name": t.k("Name", name),
	"type": t.k("Type", type),
	"value": t.k("Value", value),
})

deny_for(p) := r if {
	r := policy.deny with input as t.aws("ssm", "parameters", [p])
}

string_type := t.w("String", "/Resources/DbPassword/Properties/Type")

test_fails_on_plaintext_secret if {
	deny_for(param("DbPassword", t.w("/app/db/password", "/n"), string_type, t.w("Tr0ub4dor-3x", "/v"))) == {{
		"msg": `parameter "DbPassword" has a secret-like name ("password") but is stored in plain text as String (Type); store the secret as a SecureString or in Secrets Manager`,
		"resource": "DbPassword",
		"src": "/Resources/DbPassword/Properties/Type",
	}}

	# the value of a NoEcho parameter is still stored in plain text
	count(deny_for(param("ApiToken", t.w("/app/api_token", "/n"), string_type, t.u("/v")))) == 1

	# no name: the logical id decides
	count(deny_for(param("GithubToken", t.d(null, "/Resources/GithubToken"), string_type, t.w("ghx-1234567890abcdef", "/v")))) == 1
}

test_passes if {
	count(deny_for(param("DbPassword", t.w("/app/db/password", "/n"), t.w("SecureString", "/t"), t.w("Tr0ub4dor-3x", "/v")))) == 0
	count(deny_for(param("DbHost", t.w("/app/db/host", "/n"), string_type, t.w("db.internal", "/v")))) == 0
	count(deny_for(param("SecretArn", t.w("/app/db/password-secret-arn", "/n"), string_type, t.w("arn:aws:secretsmanager:eu-west-1:1:secret:x", "/v")))) == 0
	count(deny_for(param("DbPassword", t.w("/app/db/password", "/n"), string_type, t.w("CHANGE_ME", "/v")))) == 0
	count(deny_for(param("DbPassword", t.w("/app/db/password", "/n"), string_type, t.w("{{resolve:secretsmanager:app/db:SecretString:password}}", "/v")))) == 0
	count(deny_for(param("SecretPath", t.w("/app/secret/db-host", "/n"), string_type, t.w("db.internal", "/v")))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(param("DbPassword", t.w("/app/db/password", "/n"), t.u("/t"), t.w("Tr0ub4dor-3x", "/v")))) == 0
	count(deny_for(param("Param", t.u("/n"), string_type, t.w("Tr0ub4dor-3x", "/v")))) == 0
}
