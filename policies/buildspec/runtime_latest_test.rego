package shipgate.buildspec.runtime_latest_test

import data.shipgate.buildspec.runtime_latest as policy
import data.shipgate.buildspec.testing as t

deny_for(name, version) := r if {
	rv := {"name": name, "version": version, "known": t.known(version), "src": concat("/", ["/phases/install/runtime-versions", name])}
	r := policy.deny with input as t.input_of({"phases": [t.phase("install", [], {"runtime_versions": [rv]})]})
}

test_fails_on_latest if {
	deny_for("nodejs", "latest") == {{
		"msg": `runtime-versions installs the latest nodejs the image offers; pin the version the build is tested with (for example nodejs: <major version>)`,
		"src": "/phases/install/runtime-versions/nodejs",
	}}
}

test_passes_on_versions if {
	count(deny_for("nodejs", "20")) == 0
	count(deny_for("python", "3.x")) == 0
}

test_unknown_does_not_fire if {
	count(deny_for("java", "${JavaVersion}")) == 0
}
