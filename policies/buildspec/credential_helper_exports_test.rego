package shipgate.buildspec.credential_helper_exports_test

import data.shipgate.buildspec.credential_helper_exports as policy
import data.shipgate.buildspec.testing as t

warn_for(env) := r if {
	r := policy.warn with input as t.input_of({"env": t.env(env)})
}

test_warns_on_helper_with_exports if {
	warn_for({"git_credential_helper": t.yes("/env/git-credential-helper"), "exported_variables": [t.exported(0, "IMAGE_TAG")]}) == {{
		"msg": `git-credential-helper: yes gives the build the source provider's token while exported-variables publishes "IMAGE_TAG" to the pipeline; make sure none of them can hold the token, and enable the helper only if the build runs git against private repositories`,
		"src": "/env/git-credential-helper",
	}}
}

test_passes_without_either if {
	count(warn_for({"git_credential_helper": t.yes("/env/git-credential-helper")})) == 0
	count(warn_for({"exported_variables": [t.exported(0, "IMAGE_TAG")]})) == 0
	count(warn_for({"git_credential_helper": {"value": false, "text": "no", "src": "/env/git-credential-helper"}, "exported_variables": [t.exported(0, "IMAGE_TAG")]})) == 0
}

test_unknown_does_not_fire if {
	count(warn_for({"git_credential_helper": {"value": null, "text": "${Helper}", "src": "/env/git-credential-helper"}, "exported_variables": [t.exported(0, "IMAGE_TAG")]})) == 0
}
