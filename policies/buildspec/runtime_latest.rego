# METADATA
# title: Buildspec installs the latest runtime version
# description: >-
#   runtime-versions: latest takes whichever version of the runtime the build image
#   offers when the build runs, so a new image can move the build to a new major version
#   without a change to the repository, and two builds of the same commit can differ.
# custom:
#   id: BUILDSPEC-009
#   severity: low
#   input: buildspec
#   remediation: |
#     Name the version the build is tested with.
#
#     ```yaml
#     phases:
#       install:
#         runtime-versions:
#           nodejs: 20
#           python: 3.12
#     ```
#   frameworks: ["devops supply-chain"]
package shipgate.buildspec.runtime_latest

import data.shipgate.lib.buildspec as bs

deny contains bs.result(msg, r) if {
	some ph in input.buildspec.phases
	some r in ph.runtime_versions
	r.known
	lower(r.version) == "latest"
	msg := sprintf("runtime-versions installs the latest %s the image offers%s; pin the version the build is tested with (for example %s: <major version>)", [r.name, bs.where, r.name])
}
