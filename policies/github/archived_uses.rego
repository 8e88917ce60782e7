# METADATA
# title: Step uses an archived action
# description: >-
#   An archived action receives no fixes, security ones included, and usually runs on a
#   Node.js version GitHub no longer supports. The rule reads a short list of actions
#   whose repositories are archived (actions/create-release, actions/upload-release-asset,
#   actions/setup-ruby, actions/setup-haskell, actions/setup-elixir, every actions-rs
#   action, crazy-max/ghaction-docker-buildx) and names the maintained replacement.
# custom:
#   id: GHA-021
#   severity: low
#   input: workflow
#   remediation: |
#     Replace the action with the maintained one named in the finding, for example
#     `softprops/action-gh-release` for releases or `dtolnay/rust-toolchain` for Rust.
#   frameworks: ["devops supply-chain"]
#   aliases: ["zizmor/archived-uses"]
package shipgate.github.archived_uses

import data.shipgate.lib.github

# archived maps an archived action (owner/repo, lowercase) to its
# replacement; an owner/* key covers every action of the owner.
archived := {
	"actions/create-release": "softprops/action-gh-release or gh release create",
	"actions/upload-release-asset": "softprops/action-gh-release or gh release upload",
	"actions/setup-ruby": "ruby/setup-ruby",
	"actions/setup-haskell": "haskell-actions/setup",
	"actions/setup-elixir": "erlef/setup-beam",
	"actions-rs/*": "dtolnay/rust-toolchain and plain cargo commands",
	"crazy-max/ghaction-docker-buildx": "docker/setup-buildx-action",
}

deny contains {"msg": msg, "src": x.step.uses.src, "resource": github.where(x)} if {
	some x in github.steps
	x.step.uses.kind == "repository"
	name := lower(concat("/", [x.step.uses.owner, x.step.uses.repo]))
	some key, instead in archived
	_matches(key, name)
	msg := sprintf("%s uses %q, whose repository is archived and gets no fixes; use %s instead", [github.where(x), name, instead])
}

_matches(key, name) if key == name

_matches(key, name) if {
	endswith(key, "/*")
	startswith(name, trim_suffix(key, "*"))
}
