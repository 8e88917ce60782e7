package shipgate.github.hardcoded_container_credentials_test

import data.shipgate.github.hardcoded_container_credentials as policy
import data.shipgate.lib.github_testing as t

container(id, password) := {"id": id, "src": "/c", "image": null, "credentials": {"src": "/c/credentials", "username": null, "password": password}}

test_fails_on_literal_password if {
	job := object.union(t.job("build", []), {"container": container("", t.str("hunter2", "/c/credentials/password"))})
	policy.deny == {{
		"msg": `the container of job "build" has its registry password written in the workflow; read it from a secret (${{ secrets.NAME }}) and rotate it`,
		"src": "/c/credentials/password",
		"resource": "build",
	}} with input as t.workflow(["push"], [job])
}

test_fails_on_service if {
	job := object.union(t.job("build", []), {"services": [container("db", t.str("hunter2", "/p"))]})
	count(policy.deny) == 1 with input as t.workflow(["push"], [job])
}

test_passes_on_secret if {
	p := {"value": "${{ secrets.X }}", "src": "/p", "known": false, "exprs": [t.expr("secrets.X", ["secrets.x"], [])]}
	job := object.union(t.job("build", []), {"container": container("", p)})
	count(policy.deny) == 0 with input as t.workflow(["push"], [job])
}
