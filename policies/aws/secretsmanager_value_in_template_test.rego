package shipgate.aws.secretsmanager_value_in_template_test

import data.shipgate.aws.secretsmanager_value_in_template as policy
import data.shipgate.lib.testing as t

value_src := "/Resources/Db/Properties/SecretString"

deny_for(value) := r if {
	s := object.union(t.res("Db", "AWS::SecretsManager::Secret"), {"secret_string": t.k("SecretString", value)})
	r := policy.deny with input as t.aws("secretsmanager", "secrets", [s])
}

test_fails_on_literal_value if {
	deny_for(t.w(`{"username":"app","password":"Tr0ub4dor&3"}`, value_src)) == {{
		"msg": `secret "Db" has its value written in the template (SecretString); generate it or set it outside the code`,
		"resource": "Db",
		"src": value_src,
	}}
}

test_fails_on_parameter_default if {
	a := object.union(t.w("hunter22", value_src), {"param": {"kind": "parameter", "name": "DbPassword", "default": true}})
	[x.msg | some x in deny_for(a)] == [`secret "Db" has its value written in the template (SecretString, the default of parameter DbPassword); generate it or set it outside the code`]
}

test_passes if {
	count(deny_for(t.d(null, "/Resources/Db"))) == 0
	count(deny_for(t.w("changeme", value_src))) == 0
	count(deny_for(t.w(`{"username":"app","password":"changeme"}`, value_src))) == 0
	count(deny_for(t.w(`{"username":"app","host":"db.internal"}`, value_src))) == 0
	count(deny_for(t.w("{{resolve:ssm-secure:/app/db/password:1}}", value_src))) == 0
	given := object.union(t.w("hunter22", value_src), {"param": {"kind": "parameter", "name": "DbPassword", "default": false}})
	count(deny_for(given)) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(t.u(value_src))) == 0
}
