# METADATA
# title: Action owner is one letter away from a popular publisher
# description: >-
#   Typosquatting accounts register names a typo away from popular action publishers
#   (actons/checkout, githib/codeql-action) and publish look-alike actions that steal
#   secrets. The rule compares each action's owner with a short list of popular
#   publishers (actions, github, docker, aws-actions, azure, google-github-actions,
#   hashicorp) and reports an owner at one edit (a letter added, removed, replaced or two
#   swapped) from one of them.
# custom:
#   id: GHA-026
#   severity: high
#   input: workflow
#   remediation: Check the owner's spelling and use the publisher's own action.
#   frameworks: ["devops supply-chain"]
#   aliases: ["zizmor/typosquat-uses"]
package shipgate.github.typosquat_uses

import data.shipgate.lib.github

popular := {"actions", "github", "docker", "aws-actions", "azure", "google-github-actions", "hashicorp"}

deny contains {"msg": msg, "src": x.step.uses.src, "resource": github.where(x)} if {
	some x in github.steps
	x.step.uses.kind == "repository"
	owner := lower(x.step.uses.owner)
	not owner in popular
	some p in popular
	_one_edit(owner, p)
	msg := sprintf("%s uses %q, whose owner %q is one letter away from %q; check the spelling and use %s's action", [github.where(x), x.step.uses.value, owner, p, p])
}

# _one_edit is true when a and b differ by one substitution, one adjacent
# transposition, or one insertion or deletion.
_one_edit(a, b) if {
	count(a) == count(b)
	ca := split(a, "")
	cb := split(b, "")
	diffs := [i | some i in numbers.range(0, count(ca) - 1); ca[i] != cb[i]]
	_same_length(diffs, ca, cb)
}

_one_edit(a, b) if _one_deletion(a, b)

_one_edit(a, b) if _one_deletion(b, a)

_same_length(diffs, _, _) if count(diffs) == 1

_same_length(diffs, ca, cb) if {
	count(diffs) == 2
	diffs[1] == diffs[0] + 1
	ca[diffs[0]] == cb[diffs[1]]
	ca[diffs[1]] == cb[diffs[0]]
}

# _one_deletion is true when removing one letter of long gives short.
_one_deletion(long, short) if {
	count(long) == count(short) + 1
	some i in numbers.range(0, count(long) - 1)
	concat("", [substring(long, 0, i), substring(long, i + 1, -1)]) == short
}
