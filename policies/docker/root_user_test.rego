package shipgate.docker.root_user_test

import data.shipgate.docker.root_user as policy
import data.shipgate.lib.docker.testing as t

with_user(u) := t.df([], [t.stage(0, {"user": u})])

test_explicit_root_fails if {
	policy.deny == {{
		"msg": `the final stage 0 runs as "root" (USER root); create an unprivileged user and switch to it with USER`,
		"src": "/u", "resource": "stage 0",
	}} with input as with_user(t.user(true, "root", true))
	count(policy.deny) == 1 with input as with_user(t.user(true, "0:0", true))
}

test_no_user_fails if {
	count(policy.deny) == 1 with input as with_user(t.user(false, "", false))
}

test_non_root_passes if {
	count(policy.deny) == 0 with input as with_user(t.user(true, "app", true))
	count(policy.deny) == 0 with input as with_user(t.user(true, "10001:10001", true))
}

test_unknown_user_passes if {
	count(policy.deny) == 0 with input as with_user(t.user(true, "${APP_USER}", false))
}

test_nonroot_base_image_passes if {
	count(policy.deny) == 0 with input as t.df([], [t.stage(0, {"from": t.image("gcr.io/distroless/static", "nonroot", "")})])
}

test_windows_passes if {
	count(policy.deny) == 0 with input as t.df([], [t.stage(0, {"windows": true})])
}
