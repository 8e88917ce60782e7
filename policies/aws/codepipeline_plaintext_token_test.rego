package shipgate.aws.codepipeline_plaintext_token_test

import data.shipgate.aws.codepipeline_plaintext_token as policy
import data.shipgate.lib.testing as t

config_src := "/Resources/Pipeline/Properties/Stages/0/Actions/0/Configuration"

pipeline_deny(config) := r if {
	p := object.union(t.res("Pipeline", "AWS::CodePipeline::Pipeline"), {"stages": [{
		"src": "/Resources/Pipeline/Properties/Stages/0",
		"name": t.k("Stages[].Name", t.w("Source", "/n")),
		"actions": [{
			"src": "/Resources/Pipeline/Properties/Stages/0/Actions/0",
			"name": t.k("Stages[].Actions[].Name", t.w("GitHub", "/a")),
			"configuration": t.k("Stages[].Actions[].Configuration", config),
		}],
	}]})
	r := policy.deny with input as t.aws("codepipeline", "pipelines", [p])
}

webhook_deny(secret) := r if {
	w := object.union(t.res("Webhook", "AWS::CodePipeline::Webhook"), {"secret_token": t.k("AuthenticationConfiguration.SecretToken", secret)})
	r := policy.deny with input as t.aws("codepipeline", "webhooks", [w])
}

test_fails_for_literal_oauth_token if {
	pipeline_deny(t.w({"Owner": "o", "Repo": "r", "OAuthToken": "ghp_9fK2LmQx7RtY4uWz1AbCdEfGhIjKlMnOpQrS"}, config_src)) == {{
		"msg": `pipeline "Pipeline" has the GitHub token of action "GitHub" written in plain text (Stages[].Actions[].Configuration.OAuthToken); resolve it from Secrets Manager or use a CodeConnections source, and rotate the token`,
		"resource": "Pipeline",
		"src": concat("/", [config_src, "OAuthToken"]),
	}}
}

test_fails_for_literal_webhook_secret if {
	src := "/Resources/Webhook/Properties/AuthenticationConfiguration/SecretToken"
	webhook_deny(t.w("9a8b7c6d5e4f3a2b1c0d", src)) == {{
		"msg": `webhook "Webhook" has its secret written in plain text (AuthenticationConfiguration.SecretToken); resolve it from Secrets Manager, and rotate it`,
		"resource": "Webhook",
		"src": src,
	}}
}

test_passes if {
	count(pipeline_deny(t.w({"Owner": "o", "OAuthToken": "{{resolve:secretsmanager:github:SecretString:token}}"}, config_src))) == 0
	count(pipeline_deny(t.w({"Owner": "o", "OAuthToken": {"Ref": "GitHubToken"}}, config_src))) == 0
	count(pipeline_deny(t.w({"ConnectionArn": "arn:aws:codeconnections:eu-west-1:111122223333:connection/x"}, config_src))) == 0
	count(pipeline_deny(t.w({"OAuthToken": "****"}, config_src))) == 0
	count(webhook_deny(t.d(null, "/Resources/Webhook"))) == 0
	count(webhook_deny(t.w("{{resolve:secretsmanager:webhook:SecretString:secret}}", "/s"))) == 0
}

test_unknown_does_not_fire if {
	count(pipeline_deny(t.u(config_src))) == 0
	count(pipeline_deny(t.w({"OAuthToken": null}, config_src))) == 0
	count(webhook_deny(t.u("/s"))) == 0
}
