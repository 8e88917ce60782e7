package shipgate.aws.codebuild_source_credential_plaintext_test

import data.shipgate.aws.codebuild_source_credential_plaintext as policy
import data.shipgate.lib.testing as t

attr := "/Resources/GitHub/Properties/Token"

deny_for(token) := r if {
	c := object.union(t.res("GitHub", "AWS::CodeBuild::SourceCredential"), {
		"server_type": t.k("ServerType", t.w("GITHUB", "/Resources/GitHub/Properties/ServerType")),
		"auth_type": t.k("AuthType", t.w("PERSONAL_ACCESS_TOKEN", "/Resources/GitHub/Properties/AuthType")),
		"token": t.k("Token", token),
	})
	r := policy.deny with input as t.aws("codebuild", "source_credentials", [c])
}

test_fails_for_literal_token if {
	deny_for(t.w("ghp_R4nd0mT0kenValue1234567890abcdefXYZ", attr)) == {{
		"msg": `source credential "GitHub" has its GITHUB token written in plain text (Token); store it in Secrets Manager and reference it, and rotate the token`,
		"resource": "GitHub",
		"src": attr,
	}}
}

test_fails_for_parameter_default if {
	token := object.union(t.w("s3cr3t-t0ken", attr), {"param": {"kind": "parameter", "name": "GitHubToken", "default": true}})
	some f in deny_for(token)
	endswith(f.msg, "(Token), the default of parameter GitHubToken; store it in Secrets Manager and reference it, and rotate the token")
}

test_passes_for_references if {
	count(deny_for(t.w("{{resolve:secretsmanager:github-token:SecretString:token}}", attr))) == 0
	count(deny_for(t.w("arn:aws:secretsmanager:eu-west-1:111122223333:secret:github-token-AbCdEf", attr))) == 0
	count(deny_for(t.w("changeme", attr))) == 0
	count(deny_for(t.w("", attr))) == 0
	count(deny_for(t.d(null, "/Resources/GitHub/Properties"))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(attr))) == 0
}
