package shipgate.github.unsound_condition_test

import data.shipgate.github.unsound_condition as policy
import data.shipgate.lib.github_testing as t

wf(form, value) := t.workflow(["push"], [object.union(t.job("build", []), {"if": {"value": value, "src": "/jobs/build/if", "known": false, "exprs": [], "form": form}})])

test_fails_on_template if {
	policy.deny == {{
		"msg": `the if: of job "build" mixes ${{ }} with other text ("${{ false }}\n"), so it is a string and always true; write the whole condition as one expression`,
		"src": "/jobs/build/if",
	}} with input as wf("template", "${{ false }}\n")
}

test_passes_on_fenced_and_bare if {
	count(policy.deny) == 0 with input as wf("fenced", "${{ false }}")
	count(policy.deny) == 0 with input as wf("bare", "false")
}

test_passes_without_if if {
	count(policy.deny) == 0 with input as t.workflow(["push"], [t.job("build", [])])
}
