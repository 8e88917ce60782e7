# METADATA
# title: Third-party action is not pinned to a commit SHA
# description: >-
#   A tag or a branch is a pointer its owner (or whoever takes over the account) can
#   move: the tj-actions/changed-files compromise of 2025 rewrote every tag to code that
#   dumped secrets. Only a full 40-character commit SHA fixes the code that runs.
#   GitHub's own actions (actions/*, github/*) may be used by tag; local actions
#   (./path) are part of the repository. A docker:// action without a sha256 digest is
#   reported too, as is a reusable workflow called by tag.
# custom:
#   id: GHA-005
#   severity: medium
#   input: workflow
#   remediation: |
#     Pin the action to the commit of the release and keep the tag as a comment, so
#     Dependabot or Renovate can update both:
#
#     ```yaml
#     - uses: docker/login-action@74a5d142397b4f367a81961eba4e8cd7edddf772 # v3.4.0
#     ```
#   frameworks: ["devops supply-chain", "owasp-cicd CICD-SEC-3"]
#   aliases: ["zizmor/unpinned-uses", "CKV_GHA_8"]
package shipgate.github.unpinned_uses

import data.shipgate.lib.github

# first_party owners publish GitHub's own actions, used by tag.
first_party := {"actions", "github"}

deny contains {"msg": msg, "src": u.src, "resource": what} if {
	some [u, what] in _uses
	u.kind == "repository"
	not lower(u.owner) in first_party
	not u.pinned
	msg := sprintf("%s uses %q by %s; pin it to a full commit SHA (uses: %s/%s@<sha> # %s)", [what, u.value, _ref_words(u.ref), u.owner, u.repo, _ref_comment(u.ref)])
}

deny contains {"msg": msg, "src": u.src, "resource": what} if {
	some [u, what] in _uses
	u.kind == "docker"
	not u.pinned
	msg := sprintf("%s uses the image %q without a sha256 digest; pin it (docker://image@sha256:<digest>)", [what, u.value])
}

# _uses are the action and reusable workflow references with where they
# are used.
_uses contains [x.step.uses, github.where(x)] if {
	some x in github.steps
	x.step.uses != null
}

_uses contains [job.uses, sprintf("job %q", [job.id])] if {
	some job in input.workflow.jobs
	job.uses != null
}

_ref_words("") := "its default branch"

_ref_words(ref) := sprintf("the ref %q", [ref]) if ref != ""

_ref_comment("") := "branch"

_ref_comment(ref) := ref if ref != ""
