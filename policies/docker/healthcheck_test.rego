package shipgate.docker.healthcheck_test

import data.shipgate.docker.healthcheck as policy
import data.shipgate.lib.docker.testing as t

svc(health) := t.df([], [t.stage(0, {
	"expose": [{"value": "8080", "port": "8080", "protocol": "", "known": true, "src": "/e"}],
	"healthcheck": health,
})])

test_service_without_healthcheck_warns if {
	policy.warn == {{
		"msg": "the final stage 0 exposes 8080 but defines no HEALTHCHECK; add one that probes the service (or HEALTHCHECK NONE when the orchestrator probes it)",
		"src": "/instructions/0", "resource": "stage 0",
	}} with input as svc({"set": false, "none": false, "src": "/h", "stage": 0})
}

test_healthcheck_passes if {
	count(policy.warn) == 0 with input as svc({"set": true, "none": false, "src": "/h", "stage": 0})
	count(policy.warn) == 0 with input as svc({"set": true, "none": true, "src": "/h", "stage": 0})
}

test_no_expose_passes if {
	count(policy.warn) == 0 with input as t.df([], [t.stage(0, {})])
}
