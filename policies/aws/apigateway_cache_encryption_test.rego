package shipgate.aws.apigateway_cache_encryption_test

import data.shipgate.aws.apigateway_cache_encryption as policy
import data.shipgate.lib.testing as t

src := "/Resources/Prod/Properties/MethodSettings/0"

setting(caching, encrypted) := {
	"resource": "Prod",
	"type": "AWS::ApiGateway::Stage",
	"src": src,
	"caching_enabled": t.k("MethodSettings[].CachingEnabled", caching),
	"cache_data_encrypted": t.k("MethodSettings[].CacheDataEncrypted", encrypted),
}

deny_for(s) := r if {
	r := policy.deny with input as t.aws("apigateway", "method_settings", [s])
}

caching := t.w(true, concat("/", [src, "CachingEnabled"]))

test_fails_on_unencrypted_cache if {
	deny_for(setting(caching, t.d(false, src))) == {{
		"msg": `method setting of "Prod" caches responses unencrypted; set MethodSettings[].CacheDataEncrypted to true`,
		"resource": "Prod",
		"src": src,
	}}
}

test_passes if {
	count(deny_for(setting(caching, t.w(true, "/x")))) == 0
	count(deny_for(setting(t.d(false, src), t.d(false, src)))) == 0
}

test_unknown_does_not_fire if {
	count(deny_for(setting(t.u("/x"), t.d(false, src)))) == 0
	count(deny_for(setting(caching, t.u("/x")))) == 0
}
