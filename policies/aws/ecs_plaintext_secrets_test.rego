package shipgate.aws.ecs_plaintext_secrets_test

import data.shipgate.aws.ecs_plaintext_secrets as policy
import data.shipgate.lib.testing as t

var_src := concat("/", [t.container_src(0), "Environment/0"])

deny_for(name, value) := r if {
	v := {
		"src": var_src,
		"name": t.k("ContainerDefinitions[].Environment[].Name", t.w(name, concat("/", [var_src, "Name"]))),
		"value": t.k("ContainerDefinitions[].Environment[].Value", value),
	}
	r := policy.deny with input as t.aws("ecs", "task_definitions", [t.task([t.container({"environment": [v]})])])
}

test_fails_on_a_credential if {
	deny_for("DB_PASSWORD", t.w("hunter2-Prod", concat("/", [var_src, "Value"]))) == {{
		"msg": `container "web" of task definition "Task" passes "DB_PASSWORD" as a plain environment variable (ContainerDefinitions[].Environment[].Value) whose value looks like a credential; reference it from the container's secrets instead and rotate it`,
		"resource": "Task",
		"src": concat("/", [var_src, "Value"]),
	}}
	count(deny_for("GITHUB", t.w("ghp_abcdefghijklmnopqrstuvwxyz0123456789", concat("/", [var_src, "Value"])))) == 1
}

test_passes_on_plain_settings_and_references if {
	count(deny_for("LOG_LEVEL", t.w("debug", concat("/", [var_src, "Value"])))) == 0
	count(deny_for("DB_PASSWORD_ARN", t.w("arn:aws:secretsmanager:eu-west-1:123456789012:secret:db", concat("/", [var_src, "Value"])))) == 0
	count(deny_for("DB_PASSWORD", t.w("changeme", concat("/", [var_src, "Value"])))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for("DB_PASSWORD", t.u(concat("/", [var_src, "Value"])))) == 0
}
