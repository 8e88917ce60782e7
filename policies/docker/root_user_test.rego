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

test_nonroot_or_unknown_base_image_passes if {
	nonroot := object.union(t.image("distroless/static", "nonroot", ""), {"registry": "gcr.io"})
	count(policy.deny) == 0 with input as t.df([], [t.stage(0, {"from": nonroot})])
	count(policy.deny) == 0 with input as t.df([], [t.stage(0, {"from": t.image("jupyter/base-notebook", "x", "")})])
}

test_privilege_drop_passes if {
	gosu := t.run(0, [t.cmd("apt-get", ["install", "-y", "gosu"])])
	count(policy.deny) == 0 with input as t.df([gosu], [t.stage(0, {})])
}

test_windows_passes if {
	count(policy.deny) == 0 with input as t.df([], [t.stage(0, {"windows": true})])
}
