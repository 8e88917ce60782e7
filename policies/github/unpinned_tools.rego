# METADATA
# title: Script installs a package without a version
# description: >-
#   pip install black, npm install -g prettier and go install tool@latest fetch whatever
#   version the registry serves at run time: builds change without a change to the
#   repository, and a malicious release reaches the pipeline at once. This is an
#   advisory: pin the version (better, install from a lock file with hashes). Only
#   literal package names are read; requirement files, local paths and names with a
#   version are not reported.
# custom:
#   id: GHA-025
#   severity: low
#   input: workflow
#   remediation: |
#     ```bash
#     pip install black==24.8.0
#     npm install -g prettier@3.3.3
#     go install golang.org/x/tools/cmd/goimports@v0.24.0
#     ```
#   frameworks: ["devops supply-chain"]
#   aliases: ["zizmor/unpinned-tools", "zizmor/adhoc-packages"]
package shipgate.github.unpinned_tools

import data.shipgate.lib.github

warn contains {"msg": msg, "src": a.src, "resource": github.where(x)} if {
	some x in github.steps
	some cmd in x.step.run.commands
	some [tool, a] in _unpinned(cmd)
	msg := sprintf("%s installs %q with %s without a version; pin it (%s)", [github.where(x), a.value, tool, _how[tool]])
}

_how := {"pip": "name==1.2.3", "npm": "name@1.2.3", "go": "path@v1.2.3"}

# pip options that take a value, whose value is not a package.
_pip_valued := {"-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url", "--extra-index-url", "-t", "--target", "--prefix", "-f", "--find-links", "--root", "--python-version", "--platform", "--only-binary", "--no-binary", "--progress-bar", "--trusted-host", "--cache-dir", "--src", "--upgrade-strategy"}

_pip_install(cmd) := 1 if {
	regex.match(`^pip[0-9.]*$`, cmd.name)
	cmd.args[0].value == "install"
}

_pip_install(cmd) := 3 if {
	regex.match(`^python[0-9.]*$`, cmd.name)
	cmd.args[0].value == "-m"
	cmd.args[1].value == "pip"
	cmd.args[2].value == "install"
}

_unpinned(cmd) := (_pip(cmd) | _npm(cmd)) | _go(cmd)

_pip(cmd) := {["pip", a] |
	start := _pip_install(cmd)
	some i, a in cmd.args
	i >= start
	a.literal
	not startswith(a.value, "-")
	not _pip_valued[cmd.args[i - 1].value]
	regex.match(`^[A-Za-z0-9][A-Za-z0-9._-]*(\[[A-Za-z0-9,._-]+\])?$`, a.value)
}

_npm(cmd) := {["npm", a] |
	cmd.name == "npm"
	cmd.args[0].value in {"install", "i", "add"}
	some g in cmd.args
	g.value in {"-g", "--global"}
	some a in cmd.args
	a.literal
	not startswith(a.value, "-")
	a.value != cmd.args[0].value
	regex.match(`^(@[a-z0-9._-]+/)?[a-z0-9._-]+$`, a.value)
}

_go(cmd) := {["go", a] |
	cmd.name == "go"
	cmd.args[0].value == "install"
	some a in cmd.args
	a.literal
	contains(a.value, "/")
	not startswith(a.value, ".")
	not startswith(a.value, "-")
	_go_unpinned(a.value)
}

_go_unpinned(v) if not contains(v, "@")

_go_unpinned(v) if endswith(v, "@latest")
