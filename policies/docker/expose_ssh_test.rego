package shipgate.docker.expose_ssh_test

import data.shipgate.docker.expose_ssh as policy
import data.shipgate.lib.docker.testing as t

port(p, proto, known) := t.df([], [t.stage(0, {"expose": [{"value": p, "port": p, "protocol": proto, "known": known, "src": "/e"}]})])

test_port_22_fails if {
	policy.deny == {{
		"msg": "EXPOSE 22 announces an SSH server in the container; remove it and use docker exec or kubectl exec for a shell",
		"src": "/e", "resource": "stage 0",
	}} with input as port("22", "", true)
	count(policy.deny) == 1 with input as port("22", "tcp", true)
}

test_other_ports_pass if {
	count(policy.deny) == 0 with input as port("8080", "", true)
	count(policy.deny) == 0 with input as port("22", "udp", true)
}

test_unknown_passes if {
	count(policy.deny) == 0 with input as port("${PORT}", "", false)
}
