package shipgate.buildspec.artifact_secrets_test

import data.shipgate.buildspec.artifact_secrets as policy
import data.shipgate.buildspec.testing as t

deny_for(artifacts, commands) := r if {
	r := policy.deny with input as t.input_of({"artifacts": artifacts, "phases": [t.phase("build", commands, {})]})
}

test_fails_on_named_secret_files if {
	deny_for([t.artifact(["dist/**/*", "config/.env"], {})], []) == {{
		"msg": `artifacts includes "config/.env", a file that holds credentials; leave it out of the artifact`,
		"src": "/artifacts/files/1",
	}}
	count(deny_for([t.artifact(["**/*.key"], {})], [])) == 1
	count(deny_for([t.artifact(["id_rsa"], {})], [])) == 1
	count(deny_for([t.artifact([".aws/**/*"], {})], [])) == 1
}

test_fails_on_everything_when_the_build_writes_a_secret_file if {
	deny_for([t.artifact(["**/*"], {})], [t.cmd_redirect("build", 0, [["echo", "TOKEN=$TOKEN"]], [[">", ".env"]])]) == {{
		"msg": `artifacts includes every file of the source directory, and the build writes ".env" there, a file that holds credentials; exclude it with exclude-paths, delete it before the artifact is uploaded, or list only what the artifact needs`,
		"src": "/artifacts/files/0",
	}}
}

test_passes_on_other_files_or_guarded if {
	count(deny_for([t.artifact(["dist/**/*", "cert.pem", ".env.example"], {})], [])) == 0
	count(deny_for([t.artifact(["**/*"], {})], [])) == 0
	count(deny_for([t.artifact(["**/*"], {})], [t.cmd_redirect("build", 0, [["echo", "x"]], [[">", "/root/.npmrc"]])])) == 0
	count(deny_for([t.artifact(["**/*"], {})], [t.cmd_redirect("build", 0, [["echo", "x"]], [[">", ".npmrc"]]), t.cmd("build", 1, [["rm", "-f", ".npmrc"]])])) == 0
	count(deny_for([t.artifact(["**/*"], {"base_directory": t.setting("dist", "/artifacts/base-directory")})], [t.cmd_redirect("build", 0, [["echo", "x"]], [[">", ".npmrc"]])])) == 0
}

test_unknown_does_not_fire if {
	count(deny_for([t.artifact(["$DIR/.env"], {})], [])) == 0
}
