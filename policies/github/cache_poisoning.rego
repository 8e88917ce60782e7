# METADATA
# title: Release workflow restores a cache
# description: >-
#   GitHub Actions caches are shared across a repository's workflows: a cache entry
#   written by a pull request or any job with a poisoned dependency can be restored by
#   another workflow that shares its key. A workflow that publishes on a release or a tag
#   push and restores a cache can ship what the poisoned cache holds. The rule reports
#   actions/cache and setup actions with caching turned on in workflows triggered by
#   release or by tag pushes.
# custom:
#   id: GHA-018
#   severity: high
#   input: workflow
#   remediation: |
#     Build releases from a clean state: remove the cache step, or turn caching off in
#     the setup action of the release workflow (`cache: ''`, `cache: false`,
#     `enable-cache: false`).
#   frameworks: ["devops supply-chain", "owasp-cicd CICD-SEC-9"]
#   aliases: ["zizmor/cache-poisoning"]
package shipgate.github.cache_poisoning

import data.shipgate.lib.github

deny contains {"msg": msg, "src": x.step.uses.src, "resource": github.where(x)} if {
	some why in _release
	some x in github.steps
	what := _caches(x.step)
	msg := sprintf("%s %s in a workflow that runs on %s, so a poisoned cache entry can reach the release; build releases without caches", [github.where(x), what, why])
}

_release contains "release" if "release" in github.events

_release contains "tag pushes" if {
	some t in input.workflow.triggers
	t.event == "push"
	count(t.tags) > 0
	count(t.branches) == 0
}

# Actions that always restore a cache.
_always := {"actions/cache", "actions/cache/restore", "swatinem/rust-cache", "mozilla-actions/sccache-action"}

# Setup actions whose cache input turns caching on when set (any value but
# empty or false).
_opt_in := {"actions/setup-node", "actions/setup-python", "actions/setup-java", "actions/setup-dotnet"}

_caches(s) := sprintf("restores a cache with %s", [github.action_name(s.uses)]) if github.action_name(s.uses) in _always

_caches(s) := sprintf("turns on %s's cache", [github.action_name(s.uses)]) if {
	github.action_name(s.uses) in _opt_in
	v := github.with_value(s, "cache")
	not lower(v) in {"", "false"}
}

# actions/setup-go caches by default since v4.
_caches(s) := "restores actions/setup-go's cache (on by default)" if {
	github.action_name(s.uses) == "actions/setup-go"
	not _off(s, "cache")
}

_caches(s) := sprintf("turns on %s's cache", [github.action_name(s.uses)]) if {
	github.action_name(s.uses) in {"ruby/setup-ruby", "astral-sh/setup-uv"}
	some name in {"bundler-cache", "enable-cache"}
	github.is_true(_input(s, name))
}

_input(s, name) := w.value if {
	some w in s.with
	w.name == name
}

# _off is true when the input is set to false, or cannot be known.
_off(s, name) if {
	some w in s.with
	w.name == name
	not github.is_true(w.value)
}
